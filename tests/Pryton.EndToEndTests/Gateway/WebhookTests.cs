using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Pryton.EndToEndTests.Probe;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Gateway;

public sealed class WebhookTests
{
    private const string Secret = "s3cret_token-value";
    private BotTestHost host = null!;
    private int port;
    private HttpClient http = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        port = FreePort.Next();
        host = await BotTestHost.StartAsync(
            s => s with { WebhookUrl = $"https://bot.example.org/telegram/hook", WebhookSecret = Secret, WebhookPort = port },
            extraModules: [ProbeModule.Descriptor], withoutModules: ProbeModule.Displaces);
        http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        http.Dispose();
        await host.DisposeAsync();
    }

    [TestCase(null)]
    [TestCase("wrong")]
    [TestCase("")]
    public async Task Request_WithoutTheRightSecret_Gets401AndChangesNothing(string? secret)
    {
        var before = await host.Database.ScalarAsync<long>("SELECT count(*) FROM kernel.processed_updates");

        var response = await PostAsync(Update(990_001, 555, "/echo sneaky"), secret);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await host.Database.ScalarAsync<long>("SELECT count(*) FROM kernel.processed_updates"), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Request_WithTheSecret_IsAnswered200AfterCommit_AndRepeatsAreIgnored()
    {
        var update = Update(990_100, 556, "/echo via webhook");

        var first = await PostAsync(update, Secret);
        var queuedAtAnswer = await host.Database.ScalarAsync<long>("SELECT count(*) FROM kernel.outbound WHERE chat_id = 556");
        var second = await PostAsync(update, Secret);

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(queuedAtAnswer, Is.EqualTo(1), "the reply was committed before the 200");
            Assert.That(await host.Database.ScalarAsync<long>("SELECT count(*) FROM kernel.outbound WHERE chat_id = 556"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task TheSameUpdatePostedTwoToFiveTimesAtOnce_IsHandledOnce()
    {
        var random = new Random(5);
        var updates = Enumerable.Range(0, 20).Select(i => (Update: Update(990_200 + i, 600 + (i % 4), $"/echo copy {i}"), Copies: random.Next(2, 6))).ToList();

        // Each update's copies race each other (Telegram retrying while the first is still being handled).
        var responses = await Task.WhenAll(updates.SelectMany(u => Enumerable.Repeat(u.Update, u.Copies)).Select(u => PostAsync(u, Secret)));

        Assert.Multiple(async () =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
            Assert.That(updates.Sum(u => u.Copies), Is.GreaterThanOrEqualTo(50));
            Assert.That(await host.Database.ScalarAsync<long>("SELECT count(*) FROM kernel.processed_updates WHERE update_id BETWEEN 990200 AND 990219"), Is.EqualTo(20));
            Assert.That(await host.Database.ScalarAsync<long>("SELECT count(*) FROM kernel.outbound WHERE chat_id BETWEEN 600 AND 603"), Is.EqualTo(20), "one answer per update");
        });
    }

    [Test]
    public void Webhook_IsRegisteredWithTheSecretAndTheUpdateTypes() =>
        Assert.That(host.Api.Calls.Where(c => c.Method == "setWebhook").Select(c => c.Body.ToJsonString()),
            Has.Some.Contains(Secret).And.Some.Contains("edited_message").And.Some.Contains("callback_query"));

    private Task<HttpResponseMessage> PostAsync(JsonObject update, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/hook")
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return http.SendAsync(request);
    }

    private static JsonObject Update(int id, long userId, string text) => new()
    {
        ["update_id"] = id,
        ["message"] = new JsonObject
        {
            ["message_id"] = 1,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = userId, ["type"] = "private", ["first_name"] = "W" },
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "W", ["language_code"] = "ru" },
            ["text"] = text,
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = 5 }),
        },
    };
}
