using System.Reflection;

namespace Pryton.Kernel.Modules;

/// <summary>A discovered module: its class, key (= schema) and assembly (migrations, handlers, texts).</summary>
public sealed record ModuleDescriptor(IPrytonModule Module, Assembly Assembly)
{
    public string Key => Module.Key;

    public string Name => Module.GetType().Name;

    /// <summary>The kernel's own tables (outbox, processed updates, conversations) migrate like a module's.</summary>
    public static ModuleDescriptor Kernel { get; } = new(new KernelPseudoModule(), typeof(ModuleDescriptor).Assembly);

    public bool IsKernel => ReferenceEquals(Module, Kernel.Module);

    private sealed class KernelPseudoModule : IPrytonModule
    {
        public string Key => "kernel";

        public void Register(Autofac.ContainerBuilder builder)
        {
            // The kernel registers itself in KernelRegistrations; this pseudo module only names its schema.
        }
    }
}
