using Autofac;
using Pryton.Contracts.Geo;
using Pryton.Kernel.Modules;
using Pryton.Modules.Geo.Queries;

namespace Pryton.Modules.Geo;

/// <summary>The Geo module: key "geo" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class GeoModule : IPrytonModule
{
    public string Key => "geo";

    public void Register(ContainerBuilder builder) =>
        builder.RegisterType<DistrictDirectory>().As<IDistrictDirectory>().InstancePerLifetimeScope();
}
