using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.Modules.Notifications;

/// <summary>The Notifications module: key "notifications" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class NotificationsModule : IPrytonModule
{
    public string Key => "notifications";

    public void Register(ContainerBuilder builder)
    {
        // Handlers, event handlers and NotificationsDbContext are registered by the kernel's conventions.
    }
}
