using Autofac;
using Pryton.Kernel.Scheduling;
using Pryton.Testing;
using Quartz;

namespace Pryton.Bench;

/// <summary>
/// Phase timers of 100 concurrent games × 6 timers each (reminders, start, warning, two phase ends), spread over
/// 20 seconds on the real clock, through Quartz's clustered PostgreSQL store: how late each one runs.
/// </summary>
internal static class SchedulerBenchmark
{
    public static async Task<BenchResult> RunAsync(int games, int timersPerGame)
    {
        await using var db = await TestPostgres.CreateDatabaseAsync();
        await using var kernel = KernelContainer.Create(db.ConnectionString, [BenchModule.Descriptor],
            b => b.RegisterInstance(TimeProvider.System).As<TimeProvider>());
        var scheduler = await kernel.Resolve<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        var jobs = kernel.Resolve<IJobScheduler>();
        var random = new Random(7);
        var start = DateTimeOffset.UtcNow.AddSeconds(5);
        for (var game = 0; game < games; game++)
        {
            for (var timer = 0; timer < timersPerGame; timer++)
            {
                var due = start.AddMilliseconds(random.Next(0, 20_000));
                await jobs.ScheduleAsync($"bench.timer.{game}.{timer}", $"bench.game.{game}", due, new BenchTimerData(due), CancellationToken.None);
            }
        }

        var total = games * timersPerGame;
        await Eventually.That(() => BenchTimerJob.Lateness.Count >= total, TimeSpan.FromSeconds(90));
        await scheduler.Shutdown(waitForJobsToComplete: true);

        var sorted = BenchTimerJob.Lateness.Select(l => l.TotalMilliseconds).Order().ToList();
        var p50 = sorted[sorted.Count / 2];
        var p99 = sorted[(int)Math.Ceiling(sorted.Count * 0.99) - 1];
        // The baseline is the planned instant itself: the figure is p99 lateness in seconds, target ≤ 1 s.
        return new BenchResult("timers", $"{total} timers of {games} games: lateness p50 {p50:0} ms, p99 {p99:0} ms, max {sorted[^1]:0} ms",
            p99 / 1000, Target: 1, HigherIsBetter: false);
    }
}
