using Pryton.Contracts.Games;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Events;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// The main menu follows the game: re-sent to its players when the hiding starts, the search starts, and the game
/// ends or is cancelled, and to a player joining or leaving a game that starts within the hour (one coalesced message
/// each, paced by the outbound queue).
/// </summary>
internal sealed class RefreshMenusOnGameChanges(GameStore store, GameCatalog catalog, IContextMenu menu, TimeProvider clock)
    : IEventHandler<HidingPhaseStarted>, IEventHandler<SearchPhaseStarted>, IEventHandler<GameCompleted>, IEventHandler<GameCanceled>,
      IEventHandler<PlayerJoinedGame>, IEventHandler<PlayerLeftGame>
{
    /// <summary>Joining or leaving a game that starts within the hour changes the menu; earlier, it does not (no spam).</summary>
    public Task HandleAsync(PlayerJoinedGame @event, CancellationToken ct) => RefreshIfSoonAsync(@event!.GameId, @event.UserId, ct);

    public Task HandleAsync(PlayerLeftGame @event, CancellationToken ct) => RefreshIfSoonAsync(@event!.GameId, @event.UserId, ct);

    public Task HandleAsync(HidingPhaseStarted @event, CancellationToken ct) => RefreshAsync(@event!.GameId, ct);

    public Task HandleAsync(SearchPhaseStarted @event, CancellationToken ct) => RefreshAsync(@event!.GameId, ct);

    public Task HandleAsync(GameCompleted @event, CancellationToken ct) => RefreshAsync(@event!.GameId, ct);

    public Task HandleAsync(GameCanceled @event, CancellationToken ct) => RefreshAsync(@event!.GameId, ct);

    private async Task RefreshIfSoonAsync(long gameId, long userId, CancellationToken ct)
    {
        if (await catalog.FindAsync(gameId, ct) is { } game && game.StartsAt - clock.GetUtcNow() <= Bot.GamesMenu.SoonWindow)
        {
            await menu.RefreshAsync(userId, ct);
        }
    }

    /// <summary>Also the job an hour before the start, when "your game" comes to the front of the menu.</summary>
    public async Task RefreshAsync(long gameId, CancellationToken ct) =>
        await menu.RefreshManyAsync([.. (await store.SeatedAsync(gameId, ct)).Select(p => p.UserId)], ct);
}
