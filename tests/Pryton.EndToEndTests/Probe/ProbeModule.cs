using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.EndToEndTests.Probe;

/// <summary>A test module that exercises the gateway the way feature modules will: commands, a flow, buttons.</summary>
public sealed class ProbeModule : IPrytonModule
{
    public static ModuleDescriptor Descriptor => new(new ProbeModule(), typeof(ProbeModule).Assembly);

    public string Key => "probe";

    public void Register(ContainerBuilder builder) => builder.RegisterType<SlowGate>().SingleInstance();
}
