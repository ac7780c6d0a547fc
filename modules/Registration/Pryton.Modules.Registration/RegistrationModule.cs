using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.Modules.Registration;

/// <summary>The Registration module: key "registration" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class RegistrationModule : IPrytonModule
{
    public string Key => "registration";

    public void Register(ContainerBuilder builder)
    {
        // Handlers, event handlers and RegistrationDbContext are registered by the kernel's conventions.
    }
}
