using System.Collections.Concurrent;
using Pryton.Kernel.Scheduling;

namespace Pryton.Bench;

internal sealed record BenchTimerData(DateTimeOffset Due);

/// <summary>Records how late each timer ran; the scheduler benchmark reads the figures.</summary>
internal sealed class BenchTimerJob : IPrytonJob<BenchTimerData>
{
    public static readonly ConcurrentBag<TimeSpan> Lateness = [];

    public Task RunAsync(BenchTimerData data, CancellationToken ct)
    {
        Lateness.Add(DateTimeOffset.UtcNow - data.Due);
        return Task.CompletedTask;
    }
}
