using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.Bench;

/// <summary>
/// The host as operators run it — a separate process, migrations already applied — from launch to <c>/readyz</c>
/// answering 200, then its resident memory after ten idle seconds. Targets: ready ≤ 3 s, idle RSS ≤ 150 MB.
/// </summary>
internal static class FootprintBenchmark
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync();
        await using var api = await BotApiEmulator.StartAsync();
        var launch = System.Diagnostics.Stopwatch.StartNew();
        await using var host = HostProcess.Start(HostProcess.Environment(db.ConnectionString, api));
        var ready = await host.WaitReadyAsync(TimeSpan.FromSeconds(60)) is null ? (TimeSpan?)null : launch.Elapsed;
        if (ready is null)
        {
            return [new BenchResult("cold-start", "the host never became ready within 60 s", 60, 3, HigherIsBetter: false)];
        }

        await Task.Delay(TimeSpan.FromSeconds(10));
        var rssMb = host.ResidentMegabytes();
        return
        [
            new BenchResult("cold-start", $"{ready.Value.TotalSeconds:0.00} s from launch to /readyz (migrations applied)", ready.Value.TotalSeconds, 3, HigherIsBetter: false),
            new BenchResult("idle-rss", $"{rssMb:0} MB resident after 10 s idle", rssMb, 150, HigherIsBetter: false),
        ];
    }
}
