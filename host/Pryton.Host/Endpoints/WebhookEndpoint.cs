using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Intake;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Pryton.Host.Endpoints;

/// <summary>
/// Telegram's webhook: the path of PRYTON_WEBHOOK_URL on PRYTON_WEBHOOK_PORT (behind the operator's TLS proxy).
/// A request without the right secret token gets 401 and changes nothing; a valid one is answered 200 only after
/// the update committed, so Telegram redelivers what a crash interrupted.
/// </summary>
internal static class WebhookEndpoint
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static void MapWebhook(this WebApplication app, GatewayOptions gateway, int port)
    {
        var path = new Uri(gateway.WebhookUrl!).AbsolutePath;
        var expected = Encoding.UTF8.GetBytes(gateway.WebhookSecret ?? string.Empty);
        app.MapPost(path, async (HttpContext http, IUpdateSink sink, CancellationToken ct) =>
        {
            var given = Encoding.UTF8.GetBytes(http.Request.Headers[SecretHeader].ToString());
            if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(given, expected))
            {
                return Results.Unauthorized();
            }

            Update? update;
            try
            {
                update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, ct);
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }

            if (update is null)
            {
                return Results.BadRequest();
            }

            await sink.HandleAsync(update, ct);
            return Results.Ok();
        }).RequireHost($"*:{port}");
    }
}
