using Pryton.Contracts.Games;
using Pryton.Kernel.Events;
using Pryton.Kernel.Scheduling;
using Pryton.Modules.Geo.Jobs;

namespace Pryton.Modules.Geo.Application;

/// <summary>
/// Ten minutes before a game starts its players are told to get live location ready (job
/// <c>geo.live-prep.&lt;game&gt;</c>, moved with the game, dropped when it is cancelled).
/// </summary>
internal sealed class PrepareLiveLocationOnGameScheduled(IJobScheduler jobs, TimeProvider clock)
    : IEventHandler<GameCreated>, IEventHandler<GameRescheduled>, IEventHandler<GameCanceled>
{
    public static readonly TimeSpan Ahead = TimeSpan.FromMinutes(10);

    public Task HandleAsync(GameCreated @event, CancellationToken ct) => PlanAsync(@event!.GameId, @event.StartsAt, ct);

    public Task HandleAsync(GameRescheduled @event, CancellationToken ct) => PlanAsync(@event!.GameId, @event.StartsAt, ct);

    public Task HandleAsync(GameCanceled @event, CancellationToken ct) => jobs.CancelAsync(Key(@event!.GameId), ct);

    private async Task PlanAsync(long gameId, DateTimeOffset startsAt, CancellationToken ct)
    {
        var at = startsAt - Ahead;
        if (at > clock.GetUtcNow())
        {
            await jobs.ScheduleAsync(Key(gameId), $"geo.game.{gameId}", at, new PrepareLiveLocationData(gameId), ct);
        }
        else
        {
            await jobs.CancelAsync(Key(gameId), ct);
        }
    }

    private static string Key(long gameId) => $"geo.live-prep.{gameId}";
}
