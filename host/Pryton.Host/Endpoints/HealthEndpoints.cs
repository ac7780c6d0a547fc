using Npgsql;
using Prometheus;
using Pryton.Kernel.Bot.Intake;

namespace Pryton.Host.Endpoints;

/// <summary><c>/metrics</c>, <c>/healthz</c> (the process lives) and <c>/readyz</c> (it can do its work).</summary>
internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapMetrics("/metrics");
        app.MapGet("/healthz", () => Results.Json(new { status = "alive" }));
        app.MapGet("/readyz", async (NpgsqlDataSource dataSource, IServiceProvider services, CancellationToken ct) =>
        {
            var database = await DatabaseReadyAsync(dataSource, ct);
            var intake = services.GetService<IntakeHealth>();
            var intakeOk = intake?.Healthy ?? true;
            var ready = database && intakeOk;
            var body = new
            {
                status = ready ? "ready" : "not ready",
                checks = new
                {
                    database = database ? "ok" : "unreachable",
                    intake = intake is null ? "off (no TELEGRAM_TOKEN)" : intakeOk ? "ok" : $"failing: {intake.LastError}",
                },
            };
            return Results.Json(body, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }

    private static async Task<bool> DatabaseReadyAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return false;
        }
    }
}
