using System.Text.Json;
using System.Text.Json.Serialization;
using Pryton.Kernel.Alerts;

namespace Pryton.Host.Endpoints;

/// <summary>
/// <c>POST /alert</c> on the metrics port: Alertmanager's webhook receiver. Alerts are relayed to the admins in
/// Telegram, once per state change.
/// </summary>
internal static class AlertEndpoint
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapAlertRelay(this WebApplication app, int port) =>
        app.MapPost("/alert", async (HttpContext http, AlertRelay relay, CancellationToken ct) =>
        {
            Payload? payload;
            try
            {
                payload = await JsonSerializer.DeserializeAsync<Payload>(http.Request.Body, Json, ct);
            }
            catch (JsonException)
            {
                return Results.BadRequest(new { error = "not an Alertmanager webhook payload" });
            }

            if (payload?.Alerts is not { } alerts)
            {
                return Results.BadRequest(new { error = "no alerts in the payload" });
            }

            var relayed = await relay.RelayAsync(
                alerts.Select(a => new AlertmanagerAlert(a.Status ?? string.Empty, a.Fingerprint ?? string.Empty,
                    a.Labels ?? new Dictionary<string, string>(), a.Annotations ?? new Dictionary<string, string>())).ToList(), ct);
            return Results.Json(new { received = alerts.Count, relayed });
        }).RequireHost($"*:{port}");

    private sealed record Payload([property: JsonPropertyName("alerts")] List<Alert>? Alerts);

    private sealed record Alert(string? Status, string? Fingerprint, Dictionary<string, string>? Labels, Dictionary<string, string>? Annotations);
}
