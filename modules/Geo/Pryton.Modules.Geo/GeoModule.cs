using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.Modules.Geo;

/// <summary>The Geo module: key "geo" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class GeoModule : IPrytonModule
{
    public string Key => "geo";

    public void Register(ContainerBuilder builder)
    {
        // Handlers, event handlers and GeoDbContext are registered by the kernel's conventions.
    }
}
