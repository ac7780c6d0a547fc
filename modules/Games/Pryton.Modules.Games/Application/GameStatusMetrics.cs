using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Prometheus;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// <c>pryton_games_status_total{status}</c> (the original bot's name, kept current instead of set once at start-up) and
/// <c>pryton_games_active{phase}</c>, read from <c>games.games</c> every 15 seconds.
/// </summary>
internal sealed class GameStatusMetrics(NpgsqlDataSource dataSource, ILogger<GameStatusMetrics> logger) : BackgroundService
{
    internal static readonly string[] Statuses = ["recruiting", "full", "hiding_phase", "searching_phase", "completed", "canceled"];

    private static readonly Gauge ByStatus = Metrics.CreateGauge(
        "pryton_games_status_total", "Games by status.", new GaugeConfiguration { LabelNames = ["status"] });

    private static readonly Gauge Active = Metrics.CreateGauge(
        "pryton_games_active", "Games being played, by phase.", new GaugeConfiguration { LabelNames = ["phase"] });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (NpgsqlException ex)
            {
                logger.LogWarning(ex, "Game counts could not be read; the gauges keep their last values");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task RefreshAsync(CancellationToken ct)
    {
        var counts = Statuses.ToDictionary(s => s, _ => 0L);
        await using var command = dataSource.CreateCommand("SELECT status, count(*) FROM games.games GROUP BY status");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        foreach (var (status, count) in counts)
        {
            ByStatus.WithLabels(status).Set(count);
        }

        Active.WithLabels("hiding").Set(counts["hiding_phase"]);
        Active.WithLabels("searching").Set(counts["searching_phase"]);
    }
}
