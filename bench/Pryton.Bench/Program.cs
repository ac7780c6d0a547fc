using System.Globalization;
using Pryton.Bench;
using Pryton.Testing;

// Every benchmark is bounded in count and time and talks to loopback only.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// Measured against a database that commits durably, as production does (tests switch fsync off for speed).
Environment.SetEnvironmentVariable("PRYTON_TEST_DURABLE", "1");
var only = args.FirstOrDefault();
var results = new List<BenchResult>();
try
{
    Console.WriteLine($"Pryton benchmarks on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
    if (only is null or "intake")
    {
        results.Add(await IntakeBenchmark.RunAsync(updates: 3000, chats: 200));
        Console.WriteLine(results[^1]);
    }

    if (only is null or "location")
    {
        results.Add(await LocationBenchmark.RunAsync(players: 100, editsEach: 30));
        Console.WriteLine(results[^1]);
    }

    if (only is null or "latency")
    {
        foreach (var result in await LatencyBenchmark.RunAsync([100, 300, 500], TimeSpan.FromSeconds(5)))
        {
            results.Add(result);
            Console.WriteLine(result);
        }
    }

    if (only is null or "broadcast")
    {
        results.Add(await BroadcastBenchmark.RunAsync(players: 1000, rate: 30));
        Console.WriteLine(results[^1]);
    }

    if (only is null or "restart")
    {
        results.Add(await RestartBenchmark.RunAsync(games: 100, timersPerGame: 6));
        Console.WriteLine(results[^1]);
    }

    if (only is null or "footprint")
    {
        foreach (var result in await FootprintBenchmark.RunAsync())
        {
            results.Add(result);
            Console.WriteLine(result);
        }
    }

    if (only is null or "timers")
    {
        results.Add(await SchedulerBenchmark.RunAsync(games: 100, timersPerGame: 6));
        Console.WriteLine(results[^1]);
    }
}
finally
{
    await TestPostgres.ShutdownAsync();
}

Console.WriteLine();
foreach (var result in results)
{
    Console.WriteLine(result);
}

return results.Any(r => r.Verdict == "MISS") ? 1 : 0;
