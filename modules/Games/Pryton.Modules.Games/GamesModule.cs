using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.Modules.Games;

/// <summary>The Games module: key "games" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class GamesModule : IPrytonModule
{
    public string Key => "games";

    public void Register(ContainerBuilder builder)
    {
        // Handlers, event handlers and GamesDbContext are registered by the kernel's conventions.
    }
}
