using System.Diagnostics;
using Pryton.Testing;

namespace Pryton.Chaos;

/// <summary>
/// Keeps one bot process running on a database, the way a process manager would, and kills it with SIGKILL on
/// request; a new process starts at once. Every process's output is kept, to be searched when the run is over.
/// </summary>
internal sealed class HostSupervisor(IReadOnlyDictionary<string, string> environment) : IAsyncDisposable
{
    private readonly List<HostProcess> retired = [];
    private readonly List<TimeSpan> startups = [];

    public HostProcess Current { get; private set; } = null!;

    public int Kills { get; private set; }

    /// <summary>From each launch to <c>/readyz</c>: how long the bot was away after each kill.</summary>
    public IReadOnlyList<TimeSpan> Startups
    {
        get
        {
            lock (startups)
            {
                return startups.ToList();
            }
        }
    }

    public IEnumerable<string> Output => retired.Append(Current).SelectMany(p => p.Output);

    public void Start()
    {
        var launch = Stopwatch.StartNew();
        Current = HostProcess.Start(environment);
        _ = Task.Run(async () =>
        {
            var process = Current;
            if (await process.WaitReadyAsync(TimeSpan.FromSeconds(60)) is not null)
            {
                lock (startups)
                {
                    startups.Add(launch.Elapsed);
                }
            }
        });
    }

    public async Task WaitReadyAsync() =>
        _ = await Current.WaitReadyAsync(TimeSpan.FromSeconds(60)) ?? throw new InvalidOperationException("the bot did not become ready: " + string.Join('\n', Current.Output.TakeLast(30)));

    /// <summary>kill -9 the running bot and start a new one straight away.</summary>
    public async Task KillAndRestartAsync()
    {
        await Current.KillAsync();
        retired.Add(Current);
        Kills++;
        Start();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in retired.Append(Current))
        {
            await process.DisposeAsync();
        }
    }
}
