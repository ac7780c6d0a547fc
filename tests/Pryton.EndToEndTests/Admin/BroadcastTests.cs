using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Admin;

/// <summary>
/// A broadcast to 200 players in Telegram's real limits: chosen, written and previewed in the bot, delivered once to
/// each within 30 messages a second and one a second per chat, with one progress message edited to the end.
/// </summary>
public sealed class BroadcastTests
{
    private const long OlgaId = 4242;

    [Test]
    public async Task ToTwoHundredPlayers_WithinTheLimits_WithOneProgressMessage()
    {
        await using var host = await BotTestHost.StartAsync(s => s with { SendRate = 30, SendRatePerChat = 1, AdminUserIds = [OlgaId] });
        var ids = Enumerable.Range(0, 200).Select(i => 920_000L + i).ToList();
        await host.Database.ExecuteAsync($"""
            INSERT INTO registration.players (user_id, chat_id, display_name, preferred_role, rules_version, rules_accepted_at, registered_at, updated_at)
            VALUES {string.Join(", ", ids.Select(id => $"({id}, {id}, 'P{id}', 'any', 1, now(), now(), now())"))};
            """);
        var olga = host.User("Olga", id: OlgaId);

        olga.Says("/broadcast");
        await olga.PressesAsync("👥 Всем игрокам");
        await olga.ExpectsAsync("Текст сообщения");
        olga.Says("Завтра сбор в 19:00 <у фонтана> & не опаздывайте");
        var preview = await olga.ExpectsAsync("Получателей: 200");
        await olga.PressesAsync("✅ Отправить");
        var progress = await olga.ExpectsAsync("Рассылка №");

        EmulatedMessage? done = null;
        for (var step = 0; step < 60 && done is null; step++)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(3));
            await Task.Delay(500);
            done = olga.Inbox.FirstOrDefault(m => m.Text?.Contains("завершена: отправлено 200 из 200", StringComparison.Ordinal) == true);
        }

        bool IsBroadcast(RecordedCall c) => c.Method == "sendMessage" && ((string?)c.Body["text"])?.Contains("не опаздывайте", StringComparison.Ordinal) == true;
        var delivered = host.Api.Calls.Where(c => IsBroadcast(c) && c.Status == 200 && c.ChatId != OlgaId).ToList();
        var all = host.Api.Calls.Where(c => c.Status == 200 && c.Method is "sendMessage" or "editMessageText").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(done, Is.Not.Null, "the progress message reaches the end: " + olga.Describe());
            Assert.That(done?.MessageId, Is.EqualTo(progress.MessageId), "one progress message, edited");
            Assert.That(preview.Text, Does.Contain("Завтра сбор в 19:00 <у фонтана> & не опаздывайте"));
            Assert.That(delivered.Select(c => c.ChatId).Order(), Is.EqualTo(ids.Cast<long?>()), "once to each player");
            Assert.That(host.Api.State.Messages(ids[0]).Single(m => m.FromBot).Text, Does.Contain("<у фонтана> & не опаздывайте"), "the text arrives as typed");
            Assert.That(Pace.MaxInAnySecond(all), Is.LessThanOrEqualTo(30));
            // Each player gets one message, so the per-chat limit is about the organiser's own chat, whose replies and
            // progress edits the pacer spaces by a second at the sender; jitter on a loaded machine can shave the
            // recorded gap, so it is held to 0.8 s here (the pacer itself is measured in OutboundTests).
            Assert.That(Pace.TightestChatGap(all), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(800)));
        });
    }
}
