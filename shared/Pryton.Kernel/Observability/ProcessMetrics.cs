using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Prometheus;

namespace Pryton.Kernel.Observability;

/// <summary>
/// <c>pryton_cpu_usage_percent</c> and <c>pryton_memory_usage_bytes</c>, the original bot's names, every 5 seconds. They
/// describe this process (what a container limit applies to); node-exporter covers the host.
/// </summary>
internal sealed class ProcessMetrics : BackgroundService
{
    private static readonly Gauge Cpu = Metrics.CreateGauge("pryton_cpu_usage_percent", "CPU used by the bot process, percent of all cores.");
    private static readonly Gauge Memory = Metrics.CreateGauge("pryton_memory_usage_bytes", "Resident memory of the bot process.");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var process = Process.GetCurrentProcess();
        var lastCpu = process.TotalProcessorTime;
        var lastAt = Stopwatch.GetTimestamp();
        Memory.Set(process.WorkingSet64);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var elapsed = Stopwatch.GetElapsedTime(lastAt);
            Cpu.Set(Math.Round((cpu - lastCpu).TotalMilliseconds / elapsed.TotalMilliseconds / Environment.ProcessorCount * 100, 1));
            Memory.Set(process.WorkingSet64);
            lastCpu = cpu;
            lastAt = Stopwatch.GetTimestamp();
        }
    }
}
