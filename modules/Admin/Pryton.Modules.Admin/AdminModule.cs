using Autofac;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Modules;
using Pryton.Modules.Admin.Bot;

namespace Pryton.Modules.Admin;

/// <summary>The Admin module: key "admin" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class AdminModule : IPrytonModule
{
    public string Key => "admin";

    public void Register(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<GameControlScreen>().InstancePerLifetimeScope();
        builder.RegisterType<Bot.Flows.NewGameStart>().InstancePerLifetimeScope();
        builder.RegisterType<AdminMenu>().As<IMenuContributor>().InstancePerLifetimeScope();
        builder.RegisterType<Application.AdminRoster>().AsSelf().As<Kernel.Bot.IAdminDirectory>().InstancePerLifetimeScope(); // on the unit of work's connection when there is one
        builder.RegisterType<Application.AdminGrants>().InstancePerLifetimeScope();
        builder.RegisterType<Application.AuditTrail>().InstancePerLifetimeScope();
        builder.RegisterType<AdminGate>().As<Kernel.Bot.IAudienceGate>().InstancePerLifetimeScope();
        builder.RegisterType<AdminsScreen>().InstancePerLifetimeScope();
        builder.RegisterType<SettingsScreen>().InstancePerLifetimeScope();
        builder.RegisterType<ParticipantsScreen>().InstancePerLifetimeScope();
        builder.RegisterType<StatisticsScreen>().InstancePerLifetimeScope();
        builder.RegisterType<Bot.Places.PlacesScreen>().InstancePerLifetimeScope();
        builder.RegisterType<Bot.Players.PlayerScreen>().InstancePerLifetimeScope();
        builder.RegisterType<SchedulerScreen>().InstancePerLifetimeScope();
        builder.RegisterType<MonitorScreen>().InstancePerLifetimeScope();
        builder.RegisterType<Application.Broadcasts>().InstancePerLifetimeScope();
    }
}
