using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Pryton.Sandbox.Emulator;

/// <summary>
/// An in-process Telegram Bot API on loopback. The bot reaches it through its configurable base URL
/// (<c>{base}/bot{token}/{method}</c>); virtual people act on it through <see cref="Users"/>. Every request is recorded
/// with a monotonic timestamp, and faults (429, 5xx, timeouts, 403) can be injected per request.
/// </summary>
public sealed class BotApiEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly BotApiMethods methods;
    private readonly List<RecordedCall> calls = [];
    private readonly Lock callsGate = new();
    private readonly HashSet<long> blocked = [];

    private BotApiEmulator(WebApplication app, string token)
    {
        this.app = app;
        Token = token;
        BotId = long.Parse(token.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
        methods = new BotApiMethods(State, BotId, IsBlocked);
        Users = new EmulatedPeople(State);
    }

    public string Token { get; }

    public long BotId { get; }

    public string BaseUrl { get; private set; } = string.Empty;

    public EmulatorState State { get; } = new();

    /// <summary>What people do on this Telegram: write, press buttons, share contacts and locations, send photos.</summary>
    public EmulatedPeople Users { get; }

    /// <summary>Decides a fault for a request (method, chat id), or null to answer normally. Runs on every call.</summary>
    public Func<string, long?, Fault?>? Faults { get; set; }

    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (callsGate)
            {
                return calls.ToList();
            }
        }
    }

    public static async Task<BotApiEmulator> StartAsync(string token = "123456:EMULATED-TOKEN", int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var emulator = new BotApiEmulator(app, token);
        app.Map("/bot{token}/{method}", emulator.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", (string path) => Results.Bytes(SampleJpeg.Bytes, "image/jpeg"));
        await app.StartAsync();
        emulator.BaseUrl = app.Urls.First();
        return emulator;
    }

    /// <summary>The user blocked the bot: sends to them answer 403 from now on.</summary>
    public void Block(long userId)
    {
        lock (callsGate)
        {
            blocked.Add(userId);
        }
    }

    public void Unblock(long userId)
    {
        lock (callsGate)
        {
            blocked.Remove(userId);
        }
    }

    public void ClearCalls()
    {
        lock (callsGate)
        {
            calls.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private bool IsBlocked(long chatId)
    {
        lock (callsGate)
        {
            return blocked.Contains(chatId);
        }
    }

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        var at = Stopwatch.GetElapsedTime(0);
        if (token != Token)
        {
            await WriteAsync(http, ApiResult.Error(401, "Unauthorized"), method, [], at);
            return;
        }

        var body = await RequestBody.ReadAsync(http.Request);
        var chatId = BotApiMethods.Long(body, "chat_id");
        if (Faults?.Invoke(method, chatId) is { } fault)
        {
            if (fault.Hang is { } hang)
            {
                Record(method, chatId, body, at, 0);
                await Task.Delay(hang, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                http.Abort();
                return;
            }

            await WriteAsync(http, ApiResult.Error(fault.Status, fault.Description, fault.RetryAfter), method, body, at);
            return;
        }

        ApiResult result;
        try
        {
            result = await methods.CallAsync(method, body, http.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or NullReferenceException or KeyNotFoundException)
        {
            result = ApiResult.Error(400, "Bad Request: " + ex.Message);
        }

        await WriteAsync(http, result, method, body, at);
    }

    private async Task WriteAsync(HttpContext http, ApiResult result, string method, JsonObject body, TimeSpan at)
    {
        Record(method, BotApiMethods.Long(body, "chat_id"), body, at, result.Status);
        http.Response.StatusCode = result.Status == 200 ? (int)HttpStatusCode.OK : result.Status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(result.ToJson().ToJsonString());
    }

    private void Record(string method, long? chatId, JsonObject body, TimeSpan at, int status)
    {
        if (method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase))
        {
            return; // polling is noise in the log; tests look at what the bot sends
        }

        lock (callsGate)
        {
            // Without history a call is kept for its timing only (load runs): its body would outlive it for nothing.
            calls.Add(new RecordedCall(method, chatId, State.KeepsHistory ? body : [], at, status));
        }
    }
}
