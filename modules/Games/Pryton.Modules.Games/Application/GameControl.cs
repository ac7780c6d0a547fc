using Pryton.Contracts.Games;
using Pryton.Kernel.Events;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Bot.Keyboards;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// The organisers' operations (the Admin module's contract). Each one goes through the same transition as its
/// automatic twin, so it sends the same messages and re-plans the same timers, and is refused with a reason when
/// the game's state does not allow it.
/// </summary>
internal sealed class GameControl(
    GameStore store, GameStart start, PhaseFlow phases, GameEnding ending, Finds finds, SignUp signUp, SeatAllocator seats,
    GameTimers timers, AuditLog audit, IEventBus bus, GameMessenger messenger, IGameSettings settings, Kernel.Database.DbSession session, TimeProvider clock)
    : IGameControl
{
    public Task<ControlResult> StartNowAsync(long gameId, long adminId, CancellationToken ct) => start.StartNowAsync(gameId, adminId, ct);

    public Task<ControlResult> StartSearchNowAsync(long gameId, long adminId, CancellationToken ct) =>
        phases.EndHidingAsync(gameId, PhaseTrigger.Admin, ct, adminId);

    public Task<ControlResult> EndNowAsync(long gameId, long adminId, CancellationToken ct) => phases.CompleteAsync(gameId, PhaseTrigger.Admin, ct, adminId);

    public async Task<ControlResult> CancelAsync(long gameId, long adminId, string reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return ControlRefusal.InvalidValue;
        }

        if (await store.LockAsync(gameId, ct) is not { } game)
        {
            return ControlRefusal.NoSuchGame;
        }

        return !game.Final && await ending.CancelAsync(game, adminId, TextRef.Plain(reason.Trim()), reason.Trim(), ct) ? ControlResult.Done : ControlRefusal.WrongStage;
    }

    public Task<ControlResult> PauseAsync(long gameId, long adminId, CancellationToken ct) => phases.PauseAsync(gameId, adminId, ct);

    public Task<ControlResult> ResumeAsync(long gameId, long adminId, CancellationToken ct) => phases.ResumeAsync(gameId, adminId, ct);

    public Task<ControlResult> ExtendAsync(long gameId, long adminId, int minutes, CancellationToken ct) => phases.ExtendAsync(gameId, adminId, minutes, ct);

    public async Task<ControlResult> RescheduleAsync(long gameId, long adminId, DateTimeOffset startsAt, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { } game)
        {
            return ControlRefusal.NoSuchGame;
        }

        if (game.Status is not (GameStatus.Recruiting or GameStatus.Full))
        {
            return ControlRefusal.WrongStage;
        }

        if (startsAt <= clock.GetUtcNow().AddMinutes(1))
        {
            return ControlRefusal.InvalidValue;
        }

        game.StartsAt = startsAt.ToUniversalTime();
        await store.UpdateAsync(gameId, "starts_at = @at", ct, ("at", game.StartsAt));
        await timers.PlanStartAsync(gameId, game.StartsAt, (await settings.CurrentAsync(ct)).RoleDrawMinutesBefore, ct);
        await audit.WriteAsync(gameId, adminId, "game_rescheduled", new { starts = game.StartsAt }, ct);
        await bus.PublishAsync(new GameRescheduled(gameId, game.StartsAt), ct);
        var enrolled = (await store.EnrolledAsync(gameId, ct)).Select(p => p.UserId).ToList();
        var text = TextRef.Of("games.reschedule.players", new { title = game.Title, start = GameKeyboards.Short(game) });
        await messenger.ToManyAsync(enrolled, text, ct);
        await messenger.ToFollowersAsync(gameId, enrolled, text, ct);
        return ControlResult.Done;
    }

    public async Task<ControlResult> SetCapacityAsync(long gameId, long adminId, int maxParticipants, CancellationToken ct) =>
        await seats.SetCapacityAsync(gameId, adminId, maxParticipants, ct) switch
        {
            null => ControlRefusal.WrongStage,
            [{ Outcome: SeatOutcome.Invalid }] => ControlRefusal.InvalidValue,
            var result => await signUp.OfferSeatsAsync(gameId, result, ct),
        };

    public async Task<ControlResult> KickAsync(long gameId, long adminId, long userId, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { } game)
        {
            return ControlRefusal.NoSuchGame;
        }

        if (game.Final)
        {
            return ControlRefusal.WrongStage;
        }

        var removed = game.Running ? await store.RemoveFromRunningGameAsync(gameId, userId, ct) : await signUp.RemoveAsync(gameId, userId, ct);
        if (!removed)
        {
            return ControlRefusal.NotInGame;
        }

        await audit.WriteAsync(gameId, adminId, "player_removed", new { user = userId }, ct);
        await messenger.ToAsync(userId, TextRef.Of("games.kick.player", new { title = game.Title }), null, ct);
        return ControlResult.Done;
    }

    public async Task<ControlResult> SetFoundAsync(long gameId, long adminId, long driverId, bool found, CancellationToken ct)
    {
        if (!found)
        {
            return await finds.UnmarkFoundAsync(gameId, driverId, adminId, ct);
        }

        if (await store.LockAsync(gameId, ct) is not { Status: GameStatus.SearchingPhase })
        {
            return ControlRefusal.WrongStage;
        }

        return await finds.RecordFoundAsync(gameId, driverId, null, adminId, ct) ? ControlResult.Done : ControlRefusal.NotADriver;
    }

    public async Task<ControlResult> ReplanAsync(long gameId, long adminId, CancellationToken ct)
    {
        switch (await store.LockAsync(gameId, ct))
        {
            case null:
                return ControlRefusal.NoSuchGame;
            case { Status: GameStatus.Recruiting or GameStatus.Full } game:
                await timers.PlanStartAsync(gameId, game.StartsAt, (await settings.CurrentAsync(ct)).RoleDrawMinutesBefore, ct);
                break;
            case { Status: GameStatus.HidingPhase or GameStatus.SearchingPhase, PausedAt: null, PhaseEndsAt: { } endsAt } game:
                await timers.PlanPhaseAsync(gameId, game.Status, endsAt, ct);
                break;
            case { PausedAt: not null }:
                return ControlRefusal.Paused;
            default:
                return ControlRefusal.WrongStage;
        }

        await audit.WriteAsync(gameId, adminId, "timers_replanned", null, ct);
        return ControlResult.Done;
    }

    public async Task<ControlResult> MoveAsync(long gameId, long adminId, long userId, bool toWaitlist, CancellationToken ct)
    {
        var results = await seats.MoveAsync(gameId, userId, toWaitlist, adminId, ct);
        if (results is not [var moved, ..])
        {
            return ControlRefusal.WrongStage;
        }

        if (moved.Outcome is SeatOutcome.Invalid or SeatOutcome.NotInGame)
        {
            return moved.Outcome == SeatOutcome.Invalid ? ControlRefusal.NoFreeSeat : ControlRefusal.NotInGame;
        }

        var title = (await store.LockAsync(gameId, ct))?.Title ?? string.Empty;
        await messenger.ToAsync(userId, moved.Outcome == SeatOutcome.Waitlisted
            ? TextRef.Of("games.move.to-waitlist", new { title, position = moved.Position })
            : TextRef.Of("games.move.seated", new { title }), null, ct);
        return await signUp.OfferSeatsAsync(gameId, [.. results.Skip(1)], ct);
    }

    public async Task<ControlResult> EditTextAsync(long gameId, long adminId, string? title, string? description, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { } game)
        {
            return ControlRefusal.NoSuchGame;
        }

        if (game.Final)
        {
            return ControlRefusal.WrongStage;
        }

        if (title?.Trim() is { Length: < GamePlan.TitleMin or > GamePlan.TitleMax } || description?.Length > GamePlan.DescriptionMax)
        {
            return ControlRefusal.InvalidValue;
        }

        await session.ExecuteAsync("UPDATE games.games SET title = coalesce(@title::text, title), description = CASE WHEN @keep THEN description ELSE @description::text END WHERE id = @g",
            ct, ("g", gameId), ("title", (object?)title?.Trim() ?? DBNull.Value), ("keep", description is null),
            ("description", string.IsNullOrWhiteSpace(description) ? DBNull.Value : description.Trim()));
        await audit.WriteAsync(gameId, adminId, "game_edited", new { title, description }, ct);
        return ControlResult.Done;
    }
}
