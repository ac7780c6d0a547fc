using System.Diagnostics;
using System.Globalization;
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
        var metricsPort = FreePort.Next();
        var start = new ProcessStartInfo("dotnet", $"\"{HostDll()}\"") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DATABASE_URL"] = db.ConnectionString;
        start.Environment["TELEGRAM_TOKEN"] = api.Token;
        start.Environment["TELEGRAM_API_BASE_URL"] = api.BaseUrl;
        start.Environment["METRICS_PORT"] = metricsPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["PRYTON_HTTP_HOST"] = "127.0.0.1";
        start.Environment["PRYTON_WEBHOOK_PORT"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            TimeSpan? ready = null;
            while (ready is null && clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                try
                {
                    if ((await http.GetAsync(new Uri($"http://127.0.0.1:{metricsPort}/readyz"))).IsSuccessStatusCode)
                    {
                        ready = clock.Elapsed;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Listening, not answering yet.
                }

                if (ready is null)
                {
                    await Task.Delay(25);
                }
            }

            if (ready is null)
            {
                return [new BenchResult("cold-start", "the host never became ready within 60 s", 60, 3, HigherIsBetter: false)];
            }

            await Task.Delay(TimeSpan.FromSeconds(10));
            var rssMb = ResidentMegabytes(process.Id);
            return
            [
                new BenchResult("cold-start", $"{ready.Value.TotalSeconds:0.00} s from launch to /readyz (migrations applied)", ready.Value.TotalSeconds, 3, HigherIsBetter: false),
                new BenchResult("idle-rss", $"{rssMb:0} MB resident after 10 s idle", rssMb, 150, HigherIsBetter: false),
            ];
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    /// <summary>VmRSS from /proc (Linux, where the bot runs).</summary>
    private static double ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>The host built in the same configuration as this benchmark (Release under the Cake target).</summary>
    private static string HostDll()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "host", "Pryton.Host", "bin", configuration, "net10.0", "Pryton.Host.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"host/Pryton.Host/bin/{configuration}/net10.0/Pryton.Host.dll: build the host first (the Cake target Bench does).");
    }
}
