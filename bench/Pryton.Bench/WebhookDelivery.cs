using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Pryton.Sandbox.Emulator;

namespace Pryton.Bench;

/// <summary>
/// Delivers updates to the bot's webhook as Telegram does: each one POSTed with the secret, at most
/// <see cref="Connections"/> at a time (Telegram's default <c>max_connections</c>); a delivery waiting for a connection
/// waits on the clock of its update. The update is made by the emulator's people, so the bot's replies land on it.
/// </summary>
internal sealed class WebhookDelivery(BotApiEmulator api, Uri hook, string secret) : IAsyncDisposable
{
    private const int Connections = 40;
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly SemaphoreSlim connections = new(Connections);
    private readonly ConcurrentBag<Task> inFlight = [];
    private int failures;
    private int nextUpdateId = 1_000_000;

    public int Failures => failures;

    public void Send(EmulatedUser user, string text)
    {
        var message = api.Users.SendText(user, text);
        var update = new JsonObject { ["update_id"] = Interlocked.Increment(ref nextUpdateId), ["message"] = message.Json.DeepClone() };
        inFlight.Add(PostAsync(update.ToJsonString()));
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(inFlight);
        http.Dispose();
        connections.Dispose();
    }

    private async Task PostAsync(string update)
    {
        await connections.WaitAsync();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, hook) { Content = new StringContent(update, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref failures);
        }
        finally
        {
            connections.Release();
        }
    }
}
