using Prometheus;

namespace Pryton.Host.Endpoints;

/// <summary><c>/metrics</c>, <c>/healthz</c> (the process lives) and <c>/readyz</c> (it can do its work), on the metrics port.</summary>
internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this WebApplication app, int port)
    {
        app.MapMetrics("/metrics").RequireHost($"*:{port}");
        app.MapGet("/healthz", () => Results.Json(new { status = "alive" })).RequireHost($"*:{port}");
        app.MapGet("/readyz", async (Readiness readiness, CancellationToken ct) =>
        {
            var report = await readiness.CheckAsync(ct);
            var body = new
            {
                status = report.Ready ? "ready" : "not ready",
                checks = new
                {
                    database = report.Database ? "ok" : "unreachable",
                    scheduler = report.Scheduler ? "ok" : "not running",
                    intake = report.IntakeDetail,
                },
            };
            return Results.Json(body, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).RequireHost($"*:{port}");
    }
}
