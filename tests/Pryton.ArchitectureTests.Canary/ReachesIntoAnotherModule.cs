using Pryton.Modules.Games;

namespace Pryton.ArchitectureTests.Canary;

/// <summary>Names a module type: forbidden for the host and for any other module.</summary>
public sealed class ReachesIntoAnotherModule
{
    public GamesModule Games { get; } = new();
}
