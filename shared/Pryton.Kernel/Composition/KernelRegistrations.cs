using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Common;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.UnitOfWork;

namespace Pryton.Kernel.Composition;

/// <summary>
/// Registers the kernel and, by convention, what every module assembly holds (event handlers, its DbContext), then
/// lets each module add the rest. The host calls this once; it names no module.
/// </summary>
public static class KernelRegistrations
{
    /// <param name="gateway">Telegram settings; null runs without intake and sender (tools, tests of the core).</param>
    /// <param name="bootstrapAdmins">ADMIN_USER_IDS: the admins until a module provides its own directory.</param>
    /// <param name="gameDefaults">The operator's seed values for games; the documented defaults when null.</param>
    public static void Register(ContainerBuilder builder, ModuleCatalog catalog, string connectionString, GatewayOptions? gateway = null,
        IReadOnlyList<long>? bootstrapAdmins = null, GameDefaults? gameDefaults = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);

        Observability.MetricsRegistry.EnsureRegistered();
        builder.RegisterInstance(catalog);
        builder.RegisterInstance(gameDefaults ?? new GameDefaults());
        builder.Register(_ => TimeProvider.System).As<TimeProvider>().SingleInstance().IfNotRegistered(typeof(TimeProvider));
        builder.Register(_ => PrytonDataSource.Build(connectionString)).As<NpgsqlDataSource>().SingleInstance();

        builder.RegisterType<UnitOfWorkRunner>().As<IUnitOfWork>().SingleInstance();
        builder.RegisterType<CurrentUnitOfWork>().AsSelf().InstancePerLifetimeScope();
        builder.Register(c => c.Resolve<CurrentUnitOfWork>().RequireSession()).As<DbSession>().ExternallyOwned();
        builder.Register(c => c.Resolve<CurrentUnitOfWork>().RequireAfterCommit()).As<IAfterCommit>().ExternallyOwned();
        builder.RegisterType<OutboxStore>().SingleInstance();
        builder.RegisterType<OutboxSignal>().SingleInstance();
        builder.RegisterType<OutboxEventBus>().As<IEventBus>().InstancePerLifetimeScope();
        var assemblies = catalog.Modules.Select(m => m.Assembly).ToList();
        // Events live in Contracts; module assemblies are scanned too so that the architecture test, not a
        // silent "unknown event type" at run time, is what catches an event declared in the wrong place.
        builder.RegisterInstance(new EventTypeRegistry(assemblies.Prepend(typeof(Contracts.IIntegrationEvent).Assembly).Distinct()));
        var handlers = new EventHandlerRegistry(assemblies.Prepend(typeof(KernelRegistrations).Assembly));
        builder.RegisterInstance(handlers);
        foreach (var handlerType in handlers.AllHandlerTypes)
        {
            builder.RegisterType(handlerType).AsSelf().InstancePerLifetimeScope();
        }

        builder.RegisterType<OutboxDispatcher>().AsSelf().As<IHostedService>().SingleInstance();
        builder.RegisterType<KernelHousekeeping>().AsSelf().As<IHostedService>().SingleInstance();
        builder.RegisterType<Observability.ProcessMetrics>().As<IHostedService>().SingleInstance();
        GatewayRegistrations.Register(builder, catalog, gateway, bootstrapAdmins ?? gateway?.AdminUserIds ?? []);
        RegisterScheduling(builder, catalog);

        foreach (var module in catalog.Modules)
        {
            RegisterDbContexts(builder, module);
            module.Module.Register(builder);
        }
    }

    private static void RegisterScheduling(ContainerBuilder builder, ModuleCatalog catalog)
    {
        var jobs = new JobRegistry(catalog.Modules.Select(m => (m.Key, m.Assembly)));
        builder.RegisterInstance(jobs);
        foreach (var job in jobs.JobTypes)
        {
            builder.RegisterType(job).AsSelf().InstancePerLifetimeScope();
        }

        builder.RegisterType<PrytonQuartzJob>().AsSelf().InstancePerDependency();
        builder.RegisterType<SchedulerTickets>().SingleInstance();
        builder.Register(c => new QuartzJobScheduler(c.Resolve<Quartz.ISchedulerFactory>(), c.Resolve<JobRegistry>(), c.Resolve<SchedulerTickets>(), c.Resolve<CurrentUnitOfWork>().AfterCommit))
            .As<IJobScheduler>().InstancePerLifetimeScope();
        builder.RegisterType<RecurringJobsRegistration>().AsSelf().As<IHostedService>().SingleInstance();
    }

    private static void RegisterDbContexts(ContainerBuilder builder, ModuleDescriptor module)
    {
        foreach (var contextType in module.Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(ModuleDbContext).IsAssignableFrom(t)))
        {
            RegisterContextMethod.MakeGenericMethod(contextType).Invoke(null, [builder]);
        }
    }

    private static readonly System.Reflection.MethodInfo RegisterContextMethod =
        typeof(KernelRegistrations).GetMethod(nameof(RegisterContext), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static void RegisterContext<TContext>(ContainerBuilder builder)
        where TContext : ModuleDbContext =>
        builder.Register(c => CreateContext<TContext>(c.Resolve<DbSession>()))
            .AsSelf()
            .InstancePerLifetimeScope();

    private static TContext CreateContext<TContext>(DbSession session)
        where TContext : ModuleDbContext
    {
        var contextType = typeof(TContext);
        var options = new DbContextOptionsBuilder()
            .UseNpgsql(session.Connection)
            .UseSnakeCaseNamingConvention()
            .Options;
        var context = (TContext)Activator.CreateInstance(contextType, options)!;
        context.Database.UseTransaction(session.Transaction);
        session.Enlist(context);
        return context;
    }
}
