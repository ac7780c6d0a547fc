using Pryton.Contracts.Games;
using Pryton.Kernel.Events;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Domain;
using static Pryton.Modules.Games.Application.GameMessenger;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// The phase clock of a running game (GAME-RULES §3 rewrite, rule 4): hiding ends at its deadline, when everyone hid,
/// or by an admin; the search ends at its deadline. A timer acts only when the deadline it serves has really come, so
/// a timer racing a pause, an extension or an admin changes nothing.
/// </summary>
internal sealed class PhaseFlow(
    GameStore store, IGameSettings settings, GameTimers timers, AuditLog audit, IEventBus bus, PhaseNotices notices,
    GameMessenger messenger, GameEnding ending, TimeProvider clock)
{
    /// <summary>
    /// How early a timer may come and still count: the database keeps microseconds, the scheduler ticks, so the two
    /// copies of a deadline can differ by a fraction of a microsecond.
    /// </summary>
    public static readonly TimeSpan TimerSlack = TimeSpan.FromSeconds(1);

    public async Task<ControlResult> EndHidingAsync(long gameId, PhaseTrigger trigger, CancellationToken ct, long? adminId = null)
    {
        if (await store.LockAsync(gameId, ct) is not { } game)
        {
            return ControlRefusal.NoSuchGame;
        }

        var now = clock.GetUtcNow();
        if (game.Status != GameStatus.HidingPhase || (trigger == PhaseTrigger.Timer && (game.PausedAt is not null || game.PhaseEndsAt > now + TimerSlack)))
        {
            return ControlRefusal.WrongStage;
        }

        if (game.PausedAt is not null)
        {
            return ControlRefusal.Paused;
        }

        var current = await settings.CurrentAsync(ct);
        // A deadline the players were told is kept: a timer that fires late (the bot was down) still starts the search
        // at the announced instant, so the search ends when it would have.
        var startedAt = trigger == PhaseTrigger.Timer ? game.PhaseEndsAt!.Value : now;
        var endsAt = startedAt.AddMinutes(game.SearchingMinutes);
        if (!await store.MoveAsync(gameId, [GameStatus.HidingPhase], GameStatus.SearchingPhase, "search_started_at = @now, phase_ends_at = @ends", ct,
                ("now", startedAt), ("ends", endsAt)))
        {
            return ControlRefusal.WrongStage;
        }

        await timers.PlanPhaseAsync(gameId, GameStatus.SearchingPhase, endsAt, ct);
        await audit.WriteAsync(gameId, adminId, "search_started", new { trigger = trigger.ToString().ToLowerInvariant() }, ct);
        await bus.PublishAsync(new SearchPhaseStarted(gameId, endsAt), ct);
        game.Status = GameStatus.SearchingPhase;
        game.SearchStartedAt = startedAt;
        game.PhaseEndsAt = endsAt;
        await notices.SearchStartedAsync(game, await store.SeatedAsync(gameId, ct), current, ct);
        return ControlResult.Done;
    }

    /// <summary>The search's time is up (timer), or an admin ends the game now (from either phase).</summary>
    public async Task<ControlResult> CompleteAsync(long gameId, PhaseTrigger trigger, CancellationToken ct, long? adminId = null)
    {
        if (await store.LockAsync(gameId, ct) is not { } game)
        {
            return ControlRefusal.NoSuchGame;
        }

        var timerDue = game.Status == GameStatus.SearchingPhase && game.PausedAt is null && game.PhaseEndsAt <= clock.GetUtcNow() + TimerSlack;
        if (!game.Running || (trigger == PhaseTrigger.Timer && !timerDue))
        {
            return ControlRefusal.WrongStage;
        }

        return await ending.CompleteAsync(game, trigger == PhaseTrigger.Timer ? "time_up" : "admin", adminId, ct, endedAt: trigger == PhaseTrigger.Timer ? game.PhaseEndsAt : null)
            ? ControlResult.Done : ControlRefusal.WrongStage;
    }

    public async Task WarnHidingEndsAsync(long gameId, DateTimeOffset endsAt, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { Status: GameStatus.HidingPhase, PausedAt: null } game || (game.PhaseEndsAt!.Value - endsAt).Duration() > TimerSlack)
        {
            return; // the phase moved on, or its deadline moved (a new warning is planned for it)
        }

        var drivers = (await store.SeatedAsync(gameId, ct)).Where(p => p.HidAsDriver == true).ToList();
        var missing = drivers.Where(d => d.HiddenAt is null).Select(d => d.UserId).ToList();
        var deadline = Clock(game, endsAt);
        var minutes = Minutes(endsAt - clock.GetUtcNow());
        await messenger.ToManyAsync(missing, TextRef.Of("games.hiding.warning", new { title = game.Title, minutes, deadline }), ct);
        await notices.HidingCountToAdminsAsync(game, drivers, "games.hiding.stats", deadline, ct);
    }

    public async Task<ControlResult> PauseAsync(long gameId, long adminId, CancellationToken ct)
    {
        if (await RunningAsync(gameId, ct) is not { } game)
        {
            return ControlRefusal.WrongStage;
        }

        if (game.PausedAt is not null)
        {
            return ControlRefusal.Paused;
        }

        var now = clock.GetUtcNow();
        await store.UpdateAsync(gameId, "paused_at = @now", ct, ("now", now));
        await timers.DropPhaseAsync(gameId, ct);
        await audit.WriteAsync(gameId, adminId, "game_paused", new { remaining = game.PhaseEndsAt - now }, ct);
        await bus.PublishAsync(new GamePaused(gameId, now), ct);
        await notices.ClockChangedAsync(game, await store.SeatedAsync(gameId, ct), "games.clock.paused", ct);
        return ControlResult.Done;
    }

    /// <summary>The deadline moves by exactly the time spent paused.</summary>
    public async Task<ControlResult> ResumeAsync(long gameId, long adminId, CancellationToken ct)
    {
        if (await RunningAsync(gameId, ct) is not { } game)
        {
            return ControlRefusal.WrongStage;
        }

        if (game.PausedAt is not { } pausedAt)
        {
            return ControlRefusal.NotPaused;
        }

        var now = clock.GetUtcNow();
        game.PhaseEndsAt = game.PhaseEndsAt!.Value + (now - pausedAt);
        game.PausedAt = null;
        await store.UpdateAsync(gameId, "paused_at = NULL, phase_ends_at = @ends", ct, ("ends", game.PhaseEndsAt.Value));
        await timers.PlanPhaseAsync(gameId, game.Status, game.PhaseEndsAt.Value, ct);
        await audit.WriteAsync(gameId, adminId, "game_resumed", new { ends = game.PhaseEndsAt }, ct);
        await bus.PublishAsync(new GameResumed(gameId, game.PhaseEndsAt.Value), ct);
        await notices.ClockChangedAsync(game, await store.SeatedAsync(gameId, ct), "games.clock.resumed", ct);
        return ControlResult.Done;
    }

    /// <summary>Lengthens (or shortens) the current phase; the new deadline is never less than a minute away.</summary>
    public async Task<ControlResult> ExtendAsync(long gameId, long adminId, int minutes, CancellationToken ct)
    {
        if (await RunningAsync(gameId, ct) is not { } game)
        {
            return ControlRefusal.WrongStage;
        }

        var reference = game.PausedAt ?? clock.GetUtcNow();
        var endsAt = game.PhaseEndsAt!.Value.AddMinutes(minutes);
        if (minutes == 0 || Math.Abs(minutes) > 24 * 60 || endsAt < reference.AddMinutes(1))
        {
            return ControlRefusal.InvalidValue;
        }

        game.PhaseEndsAt = endsAt;
        await store.UpdateAsync(gameId, "phase_ends_at = @ends", ct, ("ends", endsAt));
        if (game.PausedAt is null)
        {
            await timers.PlanPhaseAsync(gameId, game.Status, endsAt, ct);
        }

        await audit.WriteAsync(gameId, adminId, "phase_extended", new { minutes, ends = endsAt }, ct);
        await bus.PublishAsync(new GameExtended(gameId, minutes, endsAt), ct);
        await notices.ClockChangedAsync(game, await store.SeatedAsync(gameId, ct), "games.clock.extended", ct);
        return ControlResult.Done;
    }

    private async Task<Game?> RunningAsync(long gameId, CancellationToken ct) =>
        await store.LockAsync(gameId, ct) is { Running: true } game ? game : null;
}
