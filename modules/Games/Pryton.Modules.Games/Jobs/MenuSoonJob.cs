using Pryton.Kernel.Scheduling;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games.Jobs;

/// <summary>An hour before the start the game's players get the "game soon" menu.</summary>
internal sealed class MenuSoonJob(RefreshMenusOnGameChanges menus) : IPrytonJob<MenuSoonData>
{
    public Task RunAsync(MenuSoonData data, CancellationToken ct) => menus.RefreshAsync(data.GameId, ct);
}
