using Autofac;
using Microsoft.Extensions.Hosting;
using Pryton.Kernel.Modules;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games;

/// <summary>The Games module: key "games" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class GamesModule : IPrytonModule
{
    public string Key => "games";

    public void Register(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<GameStatusMetrics>().As<IHostedService>().SingleInstance();
        builder.RegisterType<AuditLog>().InstancePerLifetimeScope();
        builder.RegisterType<SeatAllocator>().InstancePerLifetimeScope();
    }
}
