using Pryton.Contracts.Games;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Events;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// The main menu follows the game: re-sent to its players when the hiding starts, the search starts, and the game
/// ends or is cancelled (one coalesced message each, paced by the outbound queue).
/// </summary>
internal sealed class RefreshMenusOnGameChanges(GameStore store, IContextMenu menu)
    : IEventHandler<HidingPhaseStarted>, IEventHandler<SearchPhaseStarted>, IEventHandler<GameCompleted>, IEventHandler<GameCanceled>
{
    public Task HandleAsync(HidingPhaseStarted @event, CancellationToken ct) => RefreshAsync(@event!.GameId, ct);

    public Task HandleAsync(SearchPhaseStarted @event, CancellationToken ct) => RefreshAsync(@event!.GameId, ct);

    public Task HandleAsync(GameCompleted @event, CancellationToken ct) => RefreshAsync(@event!.GameId, ct);

    public Task HandleAsync(GameCanceled @event, CancellationToken ct) => RefreshAsync(@event!.GameId, ct);

    /// <summary>Also the job an hour before the start, when "your game" comes to the front of the menu.</summary>
    public async Task RefreshAsync(long gameId, CancellationToken ct) =>
        await menu.RefreshManyAsync([.. (await store.SeatedAsync(gameId, ct)).Select(p => p.UserId)], ct);
}
