using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Pryton.Sandbox.Emulator;

namespace Pryton.Sandbox.Web;

/// <summary>
/// Sandbox mode: the Bot API emulator the bot talks to, plus a web chat on loopback where anyone can be several
/// players at once — write, press buttons, share a location or a photo — with no Telegram and no internet.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    /// <summary>The organiser every sandbox starts with (the host makes this id an admin).</summary>
    public const long DemoAdminId = 1_000_000;

    private readonly WebApplication web;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> pictures = new();
    private long nextUserId = 1_000_001;

    private SandboxServer(BotApiEmulator api, WebApplication web)
    {
        Api = api;
        this.web = web;
    }

    public BotApiEmulator Api { get; }

    public string Url { get; private set; } = string.Empty;

    /// <summary>Schedules the demo game and says what it did; set by the host, which knows the bot.</summary>
    public Func<CancellationToken, Task<string>>? DemoGame { get; set; }

    /// <summary>The demo zone (centre and radius), for the page's map and location presets.</summary>
    public (double Latitude, double Longitude, int RadiusMeters) Zone { get; set; } = (55.7298, 37.6010, 1500);

    public static async Task<SandboxServer> StartAsync(int port)
    {
        var api = await BotApiEmulator.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var server = new SandboxServer(api, builder.Build());
        api.State.AddUser(new EmulatedUser(DemoAdminId, "Организатор", null, null, "ru"));
        server.Map();
        await server.web.StartAsync();
        server.Url = server.web.Urls.First();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await web.StopAsync();
        await web.DisposeAsync();
        await Api.DisposeAsync();
    }

    private void Map()
    {
        web.MapGet("/", () => Results.Content(Page.Html, "text/html; charset=utf-8"));
        web.MapGet("/api/people", () => Results.Json(Api.State.Users.OrderBy(u => u.Id)));
        web.MapPost("/api/people", async (HttpContext http) =>
        {
            var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
            var name = ((string?)body["name"])?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > 40)
            {
                return Results.BadRequest(new { error = "A name is 1 to 40 characters." });
            }

            var user = new EmulatedUser(Interlocked.Increment(ref nextUserId), name, null, null, (string?)body["language"] == "en" ? "en" : "ru");
            Api.State.AddUser(user);
            return Results.Json(user);
        });
        web.MapGet("/api/chat/{userId:long}", (long userId) => Results.Json(Api.State.Messages(userId).Where(m => !m.Deleted).Select(View).ToList()));
        web.MapPost("/api/chat/{userId:long}/{action}", Act);
        web.MapGet("/api/events", Events);
        web.MapGet("/api/zone", () => Results.Json(new { lat = Zone.Latitude, lon = Zone.Longitude, radius = Zone.RadiusMeters }));
        web.MapGet("/api/picture/{fileId}", (string fileId) =>
            Results.File(pictures.TryGetValue(fileId, out var bytes) ? bytes : SampleJpeg.Bytes, "image/jpeg"));
        web.MapPost("/api/demo", async (HttpContext http) => DemoGame is null
            ? Results.Json(new { error = "The demo game is not available here." }, statusCode: 503)
            : Results.Json(new { message = await DemoGame(http.RequestAborted) }));
    }

    private async Task<IResult> Act(long userId, string action, HttpContext http)
    {
        if (Api.State.User(userId) is not { } user)
        {
            return Results.NotFound(new { error = "No such person." });
        }

        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        switch (action)
        {
            case "text" when (string?)body["text"] is { Length: > 0 and <= 4096 } text:
                Api.Users.SendText(user, text);
                break;
            case "press" when Api.State.Message(userId, (int?)body["messageId"] ?? 0) is { } message && (string?)body["data"] is { } data:
                Api.Users.Press(user, message, data);
                break;
            case "location" when (double?)body["lat"] is { } lat && (double?)body["lon"] is { } lon:
                Api.Users.SendLocation(user, lat, lon, (bool?)body["live"] == true ? 3600 : null);
                break;
            case "move" when Api.State.Message(userId, (int?)body["messageId"] ?? 0) is { Location: not null } live && (double?)body["lat"] is { } lat && (double?)body["lon"] is { } lon:
                Api.Users.MoveLiveLocation(user, live, lat, lon);
                break;
            case "contact":
                Api.Users.SendContact(user, (string?)body["phone"] ?? "+79990000000", user.Id, user.FirstName);
                break;
            case "photo" when (string?)body["data"] is { } data:
                // An uploaded picture: kept here so the chat can show it, sent to the bot by a file id of its own.
                byte[] bytes;
                try
                {
                    bytes = Convert.FromBase64String(data[(data.IndexOf(',', StringComparison.Ordinal) + 1)..]);
                }
                catch (FormatException)
                {
                    return Results.BadRequest(new { error = "The picture must be base64 (a data URL)." });
                }

                if (bytes.Length > 10_000_000)
                {
                    return Results.BadRequest(new { error = "A photo is at most 10 MB." });
                }

                var fileId = $"upload-{Guid.NewGuid():N}"[..24];
                pictures[fileId] = bytes;
                Api.Users.SendPhoto(user, fileId, (string?)body["caption"]);
                break;
            case "photo":
                Api.Users.SendPhoto(user, $"sample-photo-{Guid.NewGuid():N}"[..24], (string?)body["caption"]);
                break;
            default:
                return Results.BadRequest(new { error = $"'{action}' needs other fields." });
        }

        return Results.Ok();
    }

    private async Task Events(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        var changes = System.Threading.Channels.Channel.CreateUnbounded<long>();
        void OnChange(EmulatedMessage m) => changes.Writer.TryWrite(m.ChatId);
        Api.State.BotMessageChanged += OnChange;
        Api.State.UserMessageAdded += OnChange;
        try
        {
            await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await foreach (var chat in changes.Reader.ReadAllAsync(http.RequestAborted))
            {
                await http.Response.WriteAsync($"data: {chat}\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser tab closed.
        }
        finally
        {
            Api.State.BotMessageChanged -= OnChange;
            Api.State.UserMessageAdded -= OnChange;
        }
    }

    private object View(EmulatedMessage m)
    {
        if (m.PhotoFileId is { } uploaded && m.DocumentContent is { } content)
        {
            pictures.TryAdd(uploaded, content); // a picture the bot drew (the /where map)
        }

        return ViewOf(m);
    }

    private static object ViewOf(EmulatedMessage m) => new
    {
        id = m.MessageId,
        fromBot = m.FromBot,
        text = m.Text,
        html = m.Html,
        photo = m.PhotoFileId,
        location = m.Location is { } l ? new { lat = l.Latitude, lon = l.Longitude } : null,
        document = m.DocumentName,
        inline = m.InlineButtons.Select(b => new { label = b.Label, data = b.Data, url = b.Url }),
        reply = m.ReplyButtons.Select(b => new { label = b.Label, contact = b.Contact, location = b.Location }),
        removeKeyboard = m.ReplyMarkup?["remove_keyboard"] is not null,
        edited = m.EditCount > 0,
    };
}
