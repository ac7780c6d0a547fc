using Autofac;
using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Scheduling;
using Pryton.Modules.Geo.Application;
using Pryton.Modules.Geo.Bot;
using Pryton.Modules.Geo.Jobs;
using Pryton.Modules.Geo.Queries;

namespace Pryton.Modules.Geo;

/// <summary>The Geo module: key "geo" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class GeoModule : IPrytonModule
{
    public string Key => "geo";

    /// <summary>Retention daily at 03:30 UTC; the stale-location check every minute.</summary>
    public IReadOnlyList<RecurringJob> RecurringJobs =>
    [
        RecurringJob.Of<RetentionData>("retention", "0 30 3 * * ?"),
        RecurringJob.Of<StaleCheckData>("stale-check", "0 * * * * ?"),
    ];

    public void Register(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<DistrictDirectory>().As<IDistrictDirectory>().InstancePerLifetimeScope();
        builder.RegisterType<Application.DistrictEditor>().As<IDistrictEditor>().InstancePerLifetimeScope();
        builder.RegisterType<PositionStore>().InstancePerLifetimeScope();
        builder.RegisterType<Positions>().As<IPositions>().InstancePerLifetimeScope();
        builder.RegisterType<LocationIntake>().InstancePerLifetimeScope();
        builder.RegisterType<WhereReport>().InstancePerLifetimeScope();
        builder.RegisterType<Sos>().InstancePerLifetimeScope();
        builder.RegisterType<GeoMenu>().As<IMenuContributor>().InstancePerLifetimeScope();
    }
}
