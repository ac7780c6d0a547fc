using Autofac;
using Microsoft.Extensions.Hosting;
using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Modules;
using Pryton.Modules.Games.Bot;
using Pryton.Modules.Games.Queries;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games;

/// <summary>The Games module: key "games" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class GamesModule : IPrytonModule
{
    public string Key => "games";

    /// <summary>Every minute, each game's timers are checked and a lost one is put back.</summary>
    public IReadOnlyList<Kernel.Scheduling.RecurringJob> RecurringJobs => [Kernel.Scheduling.RecurringJob.Of<Jobs.TimersCheckData>("timers-check", "0 * * * * ?")];

    public void Register(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<GameStatusMetrics>().As<IHostedService>().SingleInstance();
        builder.RegisterType<AuditLog>().InstancePerLifetimeScope();
        builder.RegisterType<GameSettingsStore>().As<IGameSettings>().InstancePerLifetimeScope();
        builder.RegisterType<GameStore>().InstancePerLifetimeScope();
        builder.RegisterType<GameTimers>().InstancePerLifetimeScope();
        builder.RegisterType<GameMessenger>().InstancePerLifetimeScope();
        builder.RegisterType<PhaseNotices>().InstancePerLifetimeScope();
        builder.RegisterType<GameResults>().InstancePerLifetimeScope();
        builder.RegisterType<GameEnding>().InstancePerLifetimeScope();
        builder.RegisterType<GameStart>().InstancePerLifetimeScope();
        builder.RegisterType<PhaseFlow>().InstancePerLifetimeScope();
        builder.RegisterType<Finds>().AsSelf().As<IGameProgress>().InstancePerLifetimeScope();
        builder.RegisterType<GameControl>().As<IGameControl>().InstancePerLifetimeScope();
        builder.RegisterType<GameScheduling>().As<IGameScheduling>().InstancePerLifetimeScope();
        builder.RegisterType<Followers>().InstancePerLifetimeScope();
        builder.RegisterType<Forfeits>().InstancePerLifetimeScope();
        builder.RegisterType<RefreshMenusOnGameChanges>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<GameQueries>().As<IGameQueries>().InstancePerLifetimeScope();
        builder.RegisterType<GameStatisticsQuery>().As<IGameStatistics>().InstancePerLifetimeScope();
        builder.RegisterType<SeatAllocator>().InstancePerLifetimeScope();
        builder.RegisterType<SignUp>().InstancePerLifetimeScope();
        builder.RegisterType<GameCatalog>().InstancePerLifetimeScope();
        builder.RegisterType<GameList>().InstancePerLifetimeScope();
        builder.RegisterType<GameCardView>().InstancePerLifetimeScope();
        builder.RegisterType<GameDeepLink>().As<IDeepLinkHandler>().InstancePerLifetimeScope();
        builder.RegisterType<ActiveGameCheck>().As<IActiveGameCheck>().InstancePerLifetimeScope();
        builder.RegisterType<GamesMenu>().As<Kernel.Bot.Menu.IMenuContributor>().InstancePerLifetimeScope();
    }
}
