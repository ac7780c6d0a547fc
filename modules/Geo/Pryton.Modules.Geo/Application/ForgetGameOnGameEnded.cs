using Pryton.Contracts.Games;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;

namespace Pryton.Modules.Geo.Application;

/// <summary>A game ended: its pings start counting towards retention, and the nudges stop.</summary>
internal sealed class ForgetGameOnGameEnded(DbSession session) : IEventHandler<GameCompleted>, IEventHandler<GameCanceled>
{
    public Task HandleAsync(GameCompleted @event, CancellationToken ct) => EndedAsync(@event!.GameId, @event.At, ct);

    public Task HandleAsync(GameCanceled @event, CancellationToken ct) => EndedAsync(@event!.GameId, @event.At, ct);

    private Task<int> EndedAsync(long gameId, DateTimeOffset at, CancellationToken ct) => session.ExecuteAsync(
        "INSERT INTO geo.ended_games (game_id, ended_at) VALUES (@g, @at) ON CONFLICT DO NOTHING", ct, ("g", gameId), ("at", at));
}
