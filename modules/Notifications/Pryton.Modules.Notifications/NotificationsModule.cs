using Autofac;
using Pryton.Kernel.Modules;
using Pryton.Modules.Notifications.Application;
using Pryton.Modules.Notifications.Bot;

namespace Pryton.Modules.Notifications;

/// <summary>The Notifications module: key "notifications" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class NotificationsModule : IPrytonModule
{
    public string Key => "notifications";

    public void Register(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<Preferences>().InstancePerLifetimeScope();
        builder.RegisterType<Subscriptions>().InstancePerLifetimeScope();
        builder.RegisterType<Countdowns>().InstancePerLifetimeScope();
        builder.RegisterType<SubscriptionScreen>().InstancePerLifetimeScope();
        builder.RegisterType<PreferenceScreen>().InstancePerLifetimeScope();
    }
}
