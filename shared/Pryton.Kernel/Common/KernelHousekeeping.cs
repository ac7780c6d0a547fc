using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Pryton.Kernel.Common;

/// <summary>Drops what the kernel no longer needs: expired conversations and old processed-update ids.</summary>
internal sealed class KernelHousekeeping(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<KernelHousekeeping> logger) : BackgroundService
{
    // Telegram keeps unconfirmed updates for 24 h; a week of ids is a wide margin for redeliveries.
    private static readonly TimeSpan UpdateIdRetention = TimeSpan.FromDays(7);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (NpgsqlException ex)
            {
                logger.LogWarning(ex, "Kernel housekeeping failed; next run in 10 minutes");
            }

            await Task.Delay(TimeSpan.FromMinutes(10), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    internal async Task RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand("""
            DELETE FROM kernel.conversations WHERE expires_at < @now;
            DELETE FROM kernel.processed_updates WHERE processed_at < @cutoff;
            DELETE FROM kernel.job_runs WHERE ran_at < @cutoff;
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("cutoff", now - UpdateIdRetention);
        await command.ExecuteNonQueryAsync(ct);
    }
}
