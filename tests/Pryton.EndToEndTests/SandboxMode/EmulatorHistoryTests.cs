using Pryton.Sandbox.Emulator;
using Telegram.Bot;

namespace Pryton.EndToEndTests.SandboxMode;

/// <summary>The emulated Telegram keeps what tests read back, and keeps only the calls' timings when told not to (load runs).</summary>
public sealed class EmulatorHistoryTests
{
    [TestCase(true)]
    [TestCase(false)]
    public async Task History_IsKeptOnlyWhenAsked(bool keep)
    {
        await using var api = await BotApiEmulator.StartAsync();
        api.State.KeepsHistory = keep;
        var user = new EmulatedUser(7_100_001, "Ира");
        api.Users.SendText(user, "/ping");
        using var http = new HttpClient();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl), http);
        await bot.SendMessage(user.Id, "pong");

        var reply = api.Calls.Single(c => c.Method == "sendMessage");
        Assert.Multiple(() =>
        {
            Assert.That(reply.ChatId, Is.EqualTo(user.Id), "the call is recorded either way: benchmarks time the replies");
            Assert.That(reply.Body.ContainsKey("text"), Is.EqualTo(keep));
            Assert.That(api.State.Messages(user.Id), Has.Count.EqualTo(keep ? 2 : 0));
            Assert.That(api.State.Delivered, Has.Count.EqualTo(keep ? 1 : 0));
        });
    }
}
