using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.Modules.Admin;

/// <summary>The Admin module: key "admin" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class AdminModule : IPrytonModule
{
    public string Key => "admin";

    public void Register(ContainerBuilder builder)
    {
        // Handlers, event handlers and AdminDbContext are registered by the kernel's conventions.
    }
}
