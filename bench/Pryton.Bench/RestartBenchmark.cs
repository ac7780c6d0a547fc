using System.Collections.Concurrent;
using Autofac;
using Pryton.Kernel.Scheduling;
using Pryton.Testing;
using Quartz;

namespace Pryton.Bench;

internal sealed record MissedTimerData(DateTimeOffset Due);

/// <summary>Records when each timer ran (the restart benchmark reads it).</summary>
internal sealed class MissedTimerJob : IPrytonJob<MissedTimerData>
{
    public static readonly ConcurrentBag<DateTimeOffset> Fired = [];

    public Task RunAsync(MissedTimerData data, CancellationToken ct)
    {
        Fired.Add(DateTimeOffset.UtcNow);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Restart with missed timers: 100 games × 6 timers planned, the process stopped before any is due and started
/// again after all of them passed (a deploy or a crash during a busy evening). Figure: seconds from the new
/// scheduler being ready until the last missed timer ran. Target ≤ 5 s.
/// </summary>
internal static class RestartBenchmark
{
    public static async Task<BenchResult> RunAsync(int games, int timersPerGame)
    {
        await using var db = await TestPostgres.CreateDatabaseAsync();
        var total = games * timersPerGame;
        var firstDue = DateTimeOffset.UtcNow.AddSeconds(3);
        await using (var before = KernelContainer.Create(db.ConnectionString, [BenchModule.Descriptor], b => b.RegisterInstance(TimeProvider.System).As<TimeProvider>()))
        {
            // Planned on a scheduler in standby, so none fires however long planning 600 durable triggers takes.
            var scheduler = await before.Resolve<ISchedulerFactory>().GetScheduler();
            var jobs = before.Resolve<IJobScheduler>();
            var random = new Random(11);
            for (var i = 0; i < total; i++)
            {
                var due = firstDue.AddMilliseconds(random.Next(0, 3_000));
                await jobs.ScheduleAsync($"bench.missed.{i / timersPerGame}.{i % timersPerGame}", $"bench.game.{i / timersPerGame}", due,
                    new MissedTimerData(due), CancellationToken.None);
            }

            await scheduler.Shutdown(waitForJobsToComplete: false);
        }

        var firedBefore = MissedTimerJob.Fired.Count;
        var overdue = firstDue.AddSeconds(5) - DateTimeOffset.UtcNow;
        await Task.Delay(overdue > TimeSpan.Zero ? overdue : TimeSpan.Zero); // every timer is now in the past
        await using var after = KernelContainer.Create(db.ConnectionString, [BenchModule.Descriptor], b => b.RegisterInstance(TimeProvider.System).As<TimeProvider>());
        var restarted = await after.Resolve<ISchedulerFactory>().GetScheduler();
        await restarted.Start();
        var ready = DateTimeOffset.UtcNow;
        await Eventually.That(() => MissedTimerJob.Fired.Count >= total, TimeSpan.FromSeconds(60)).ContinueWith(_ => { }, TaskScheduler.Default);
        await restarted.Shutdown(waitForJobsToComplete: true);

        var fired = MissedTimerJob.Fired.Count;
        var last = fired == 0 ? TimeSpan.FromSeconds(60) : MissedTimerJob.Fired.Max() - ready;
        return new BenchResult("restart", $"{fired}/{total} missed timers ran ({firedBefore} before the stop); the last {last.TotalSeconds:0.00} s after the scheduler was ready",
            fired == total ? last.TotalSeconds : 60, Target: 5, HigherIsBetter: false);
    }
}
