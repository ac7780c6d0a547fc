using System.Globalization;
using Pryton.Chaos;
using Pryton.Testing;

// Chaos runs: bounded in count and time, loopback only. `dotnet run -c Release -- [crash] [--kills=20] [--seed=N]`.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
Environment.SetEnvironmentVariable("PRYTON_TEST_DURABLE", "1"); // a database that commits as production does
string Option(string name, string fallback) => args.FirstOrDefault(a => a.StartsWith($"--{name}=", StringComparison.Ordinal))?.Split('=', 2)[1] ?? fallback;
var only = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
var results = new List<ChaosResult>();
try
{
    Console.WriteLine($"Pryton chaos runs on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
    if (only is null or "crash")
    {
        var seed = int.Parse(Option("seed", Random.Shared.Next(1, 100_000).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        foreach (var result in await CrashRun.RunAsync(int.Parse(Option("kills", "20"), CultureInfo.InvariantCulture), seed))
        {
            results.Add(result);
            Console.WriteLine(result);
        }
    }
}
finally
{
    await TestPostgres.ShutdownAsync();
}

Console.WriteLine($"{results.Count(r => r.Held)} held, {results.Count(r => !r.Held)} failed");
return results.All(r => r.Held) && results.Count > 0 ? 0 : 1;
