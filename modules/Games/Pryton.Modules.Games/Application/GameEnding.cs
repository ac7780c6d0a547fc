using Pryton.Contracts.Games;
using Pryton.Kernel.Events;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Bot.Keyboards;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// The two ways a game ends. Completion (all found, time up, or an admin) sends everyone the results; cancellation
/// (too few players, or an admin with a reason) tells everyone enrolled why. Either way every timer of the game goes.
/// </summary>
internal sealed class GameEnding(
    GameStore store, GameTimers timers, AuditLog audit, IEventBus bus, GameMessenger messenger, GameResults results, TimeProvider clock)
{
    private static readonly GameStatus[] Running = [GameStatus.HidingPhase, GameStatus.SearchingPhase];

    private static readonly GameStatus[] NotFinal = [GameStatus.Recruiting, GameStatus.Full, GameStatus.HidingPhase, GameStatus.SearchingPhase];

    /// <param name="reason">all_found, time_up or admin.</param>
    /// <param name="endedAt">The announced deadline when time is up (kept even when the timer fires late); otherwise now.</param>
    public async Task<bool> CompleteAsync(Game game, string reason, long? adminId, CancellationToken ct, DateTimeOffset? endedAt = null)
    {
        var now = endedAt ?? clock.GetUtcNow();
        if (!await store.MoveAsync(game.Id, Running, GameStatus.Completed, "ended_at = @now, end_reason = @reason, phase_ends_at = NULL, paused_at = NULL", ct,
                ("now", now), ("reason", reason)))
        {
            return false;
        }

        await timers.DropAllAsync(game.Id, ct);
        await audit.WriteAsync(game.Id, adminId, "game_completed", new { reason }, ct);
        await bus.PublishAsync(new GameCompleted(game.Id, reason, now), ct);
        game.Status = GameStatus.Completed;
        game.EndedAt = now;
        game.EndReason = reason;
        await results.SendAsync(game, ct);
        return true;
    }

    public async Task<bool> CancelAsync(Game game, long? adminId, TextRef reason, string reasonCode, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var enrolled = await store.EnrolledAsync(game.Id, ct);
        if (!await store.MoveAsync(game.Id, NotFinal, GameStatus.Canceled, "ended_at = @now, cancel_reason = @reason, phase_ends_at = NULL, paused_at = NULL", ct,
                ("now", now), ("reason", reasonCode)))
        {
            return false;
        }

        await timers.DropAllAsync(game.Id, ct);
        await audit.WriteAsync(game.Id, adminId, "game_canceled", new { reason = reasonCode }, ct);
        await bus.PublishAsync(new GameCanceled(game.Id, reasonCode, now), ct);
        var text = TextRef.Of("games.cancel.players", new { title = game.Title, start = GameKeyboards.Short(game), reason });
        var players = enrolled.Select(p => p.UserId).ToList();
        await messenger.ToManyAsync(players, text, ct);
        await messenger.ToFollowersAsync(game.Id, players, text, ct);
        if (adminId is null)
        {
            await messenger.ToAdminsAsync(text, null, ct); // admins hear of what the bot decided alone
        }

        return true;
    }
}
