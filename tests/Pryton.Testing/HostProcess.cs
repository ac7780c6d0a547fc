using System.Diagnostics;
using System.Globalization;
using Pryton.Sandbox.Emulator;

namespace Pryton.Testing;

/// <summary>
/// The host as operators run it: a separate <c>dotnet Pryton.Host.dll</c> process configured by environment only,
/// talking to an emulated Telegram on loopback. It can be waited on until <c>/readyz</c> answers, and killed the hard
/// way (SIGKILL: no shutdown code runs). Its output is kept, to be searched afterwards.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];
    private readonly Lock outputGate = new();

    private HostProcess(Process process, int metricsPort)
    {
        this.process = process;
        MetricsPort = metricsPort;
    }

    public int MetricsPort { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (outputGate)
            {
                return output.ToList();
            }
        }
    }

    /// <summary>The environment a host needs against this database and emulated Telegram; add or override entries.</summary>
    public static Dictionary<string, string> Environment(string connectionString, BotApiEmulator api) => new()
    {
        ["DATABASE_URL"] = connectionString,
        ["TELEGRAM_TOKEN"] = api.Token,
        ["TELEGRAM_API_BASE_URL"] = api.BaseUrl,
        ["PRYTON_HTTP_HOST"] = "127.0.0.1",
        ["PRYTON_WEBHOOK_PORT"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
    };

    public static HostProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var metricsPort = environment.TryGetValue("METRICS_PORT", out var port) ? int.Parse(port, CultureInfo.InvariantCulture) : FreePort.Next();
        var start = new ProcessStartInfo("dotnet", $"\"{HostDll()}\"") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["METRICS_PORT"] = metricsPort.ToString(CultureInfo.InvariantCulture);
        var host = new HostProcess(Process.Start(start)!, metricsPort);
        host.process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        host.process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Time from now until <c>/readyz</c> answers 200, or null when it did not within the timeout or the process died.</summary>
    public async Task<TimeSpan?> WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{MetricsPort}/readyz"))).IsSuccessStatusCode)
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening, or not answering, yet.
            }

            await Task.Delay(25);
        }

        return null;
    }

    /// <summary>kill -9: the process gets no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    /// <summary>VmRSS from /proc (Linux, where the bot runs).</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (outputGate)
        {
            output.Add(line);
        }
    }

    /// <summary>
    /// The host built in the same configuration as the caller (Release for benchmarks and chaos runs), or the one named
    /// by <c>PRYTON_HOST_DLL</c> (a published build, to measure what operators run).
    /// </summary>
    private static string HostDll()
    {
        if (System.Environment.GetEnvironmentVariable("PRYTON_HOST_DLL") is { Length: > 0 } published)
        {
            return published;
        }

        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "host", "Pryton.Host", "bin", configuration, "net10.0", "Pryton.Host.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"host/Pryton.Host/bin/{configuration}/net10.0/Pryton.Host.dll: build the host first.");
    }
}
