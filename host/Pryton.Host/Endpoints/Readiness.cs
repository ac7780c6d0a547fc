using Npgsql;
using Prometheus;
using Pryton.Kernel.Bot.Intake;
using Quartz;

namespace Pryton.Host.Endpoints;

/// <summary>
/// Whether the bot can do its work: database reachable, scheduler running, Telegram intake flowing. Checked live by
/// <c>/readyz</c> and every 10 seconds for the <c>pryton_ready</c> gauges that alerting reads.
/// </summary>
internal sealed class Readiness(NpgsqlDataSource dataSource, ISchedulerFactory schedulers, IServiceProvider services) : BackgroundService
{
    private static readonly Gauge Ready = Metrics.CreateGauge("pryton_ready", "1 when the database, the scheduler and the intake are all fine.");
    private static readonly Gauge DatabaseReady = Metrics.CreateGauge("pryton_database_ready", "1 when PostgreSQL answers.");

    public async Task<ReadinessReport> CheckAsync(CancellationToken ct)
    {
        var database = await DatabaseAsync(ct);
        var scheduler = await SchedulerAsync(ct);
        var intake = services.GetService<IntakeHealth>();
        var report = new ReadinessReport(
            database,
            scheduler,
            intake?.Healthy ?? true,
            intake is null ? "off (no TELEGRAM_TOKEN)" : intake.Healthy ? "ok" : $"failing: {intake.LastError}");
        Ready.Set(report.Ready ? 1 : 0);
        DatabaseReady.Set(database ? 1 : 0);
        return report;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        do
        {
            await CheckAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<bool> DatabaseAsync(CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    private async Task<bool> SchedulerAsync(CancellationToken ct)
    {
        try
        {
            return (await schedulers.GetScheduler(ct)).Status == SchedulerStatus.Running;
        }
        catch (SchedulerException)
        {
            return false;
        }
    }
}
