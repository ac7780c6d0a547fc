using Pryton.Contracts.Games;
using Pryton.Kernel.Scheduling;
using Pryton.Modules.Notifications.Application;

namespace Pryton.Modules.Notifications.Jobs;

/// <summary>
/// One tick of a game's countdown: the time left shown to everyone concerned, and the next tick planned. A tick whose
/// deadline moved (a pause, an extension, a new start time) does nothing: the move planned its own.
/// </summary>
internal sealed class CountdownJob(IGameQueries games, Countdowns countdowns, IJobScheduler jobs, TimeProvider clock) : IPrytonJob<CountdownData>
{
    public async Task RunAsync(CountdownData data, CancellationToken ct)
    {
        if (await games.FindAsync(data.GameId, ct) is not { } game || CountdownPlanner.Current(game) is not { } current
            || current.Phase != data.Phase || (current.Deadline - data.Deadline).Duration() > TimeSpan.FromSeconds(1))
        {
            return;
        }

        var players = current.Phase == "start"
            ? (await games.EnrolledAsync(game.Id, ct)).Where(p => p.Seated).Select(p => p.UserId).ToList()
            : (await games.ParticipantsAsync(game.Id, ct)).Select(p => p.UserId).ToList();
        var now = clock.GetUtcNow();
        await countdowns.ShowAsync(game, current.Phase, current.Deadline, players, ct);
        if (CountdownSteps.Next(current.Deadline, now) is { } next)
        {
            await jobs.ScheduleAsync(CountdownData.Key(game.Id), NoticePlanner.Scope(game.Id), next, data, ct);
        }
    }
}
