using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.Modules.Roles;

/// <summary>The Roles module: key "roles" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class RolesModule : IPrytonModule
{
    public string Key => "roles";

    public void Register(ContainerBuilder builder)
    {
        // Handlers, event handlers and RolesDbContext are registered by the kernel's conventions.
    }
}
