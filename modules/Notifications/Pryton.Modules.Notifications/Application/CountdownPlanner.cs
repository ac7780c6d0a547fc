using Pryton.Contracts.Games;
using Pryton.Kernel.Events;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.Texts;
using Pryton.Modules.Notifications.Jobs;

namespace Pryton.Modules.Notifications.Application;

/// <summary>
/// Starts, moves and ends the live countdown as the game moves: ten minutes before the start, through the hiding and
/// the search; a pause holds it, an extension or a resume re-plans it, the end closes every message with a last word.
/// </summary>
internal sealed class CountdownPlanner(IGameQueries games, Countdowns countdowns, IJobScheduler jobs, TimeProvider clock)
    : IEventHandler<GameCreated>, IEventHandler<GameRescheduled>, IEventHandler<GameStarted>, IEventHandler<HidingPhaseStarted>,
      IEventHandler<SearchPhaseStarted>, IEventHandler<GameExtended>, IEventHandler<GameResumed>, IEventHandler<GamePaused>,
      IEventHandler<GameCompleted>, IEventHandler<GameCanceled>
{
    /// <summary>What a game counts down to now: its start, or the end of the running phase; null when paused or over.</summary>
    public static (string Phase, DateTimeOffset Deadline)? Current(GameSnapshot game) => game switch
    {
        { Stage: GameStage.Recruiting or GameStage.Full } => ("start", game.StartsAt),
        { Stage: GameStage.Hiding, PausedAt: null, PhaseEndsAt: { } end } => ("hiding", end),
        { Stage: GameStage.Searching, PausedAt: null, PhaseEndsAt: { } end } => ("searching", end),
        _ => null,
    };

    public Task HandleAsync(GameCreated @event, CancellationToken ct) => PlanAsync(@event!.GameId, "start", @event.StartsAt, ct);

    public async Task HandleAsync(GameRescheduled @event, CancellationToken ct)
    {
        await FinishAsync(@event!.GameId, "start", "notifications.countdown.moved", ct);
        await PlanAsync(@event.GameId, "start", @event.StartsAt, ct);
    }

    public Task HandleAsync(GameStarted @event, CancellationToken ct) => FinishAsync(@event!.GameId, "start", "notifications.countdown.started", ct);

    public Task HandleAsync(HidingPhaseStarted @event, CancellationToken ct) => PlanAsync(@event!.GameId, "hiding", @event.EndsAt, ct);

    public async Task HandleAsync(SearchPhaseStarted @event, CancellationToken ct)
    {
        await FinishAsync(@event!.GameId, "hiding", "notifications.countdown.hiding-over", ct);
        await PlanAsync(@event.GameId, "searching", @event.EndsAt, ct);
    }

    public Task HandleAsync(GameExtended @event, CancellationToken ct) => ReplanAsync(@event!.GameId, ct);

    public Task HandleAsync(GameResumed @event, CancellationToken ct) => ReplanAsync(@event!.GameId, ct);

    public async Task HandleAsync(GamePaused @event, CancellationToken ct)
    {
        await jobs.CancelAsync(CountdownData.Key(@event!.GameId), ct);
        if (await games.FindAsync(@event.GameId, ct) is { } game)
        {
            await countdowns.HoldAsync(game.Id, TextRef.Of("notifications.countdown.paused", new { title = game.Title }), ct);
        }
    }

    public Task HandleAsync(GameCompleted @event, CancellationToken ct) => FinishAsync(@event!.GameId, null, "notifications.countdown.over", ct);

    public Task HandleAsync(GameCanceled @event, CancellationToken ct) => FinishAsync(@event!.GameId, null, "notifications.countdown.canceled", ct);

    /// <summary>The first tick: at once for a phase, ten minutes ahead for a start (or at once when that is already closer).</summary>
    private async Task PlanAsync(long gameId, string phase, DateTimeOffset deadline, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var first = phase == "start" ? deadline - CountdownSteps.Lead : now;
        await jobs.ScheduleAsync(CountdownData.Key(gameId), NoticePlanner.Scope(gameId), first < now ? now : first, new CountdownData(gameId, phase, deadline), ct);
    }

    private async Task ReplanAsync(long gameId, CancellationToken ct)
    {
        if (await games.FindAsync(gameId, ct) is { } game && Current(game) is { } current)
        {
            await PlanAsync(gameId, current.Phase, current.Deadline, ct);
        }
    }

    private async Task FinishAsync(long gameId, string? phase, string key, CancellationToken ct)
    {
        var title = (await games.FindAsync(gameId, ct))?.Title ?? "#" + gameId;
        await countdowns.FinishAsync(gameId, phase, TextRef.Of(key, new { title }), ct);
    }
}
