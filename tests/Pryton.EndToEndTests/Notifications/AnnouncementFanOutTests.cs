using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.Kernel.UnitOfWork;
using Pryton.Modules.Games.Application;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Notifications;

/// <summary>
/// A new game announced to a thousand subscribers of its district while Telegram answers "429 Too Many Requests" to
/// some of the sends: every subscriber gets it once, no chat hears from the bot twice in a second, and the whole
/// bot never sends more than 30 messages in any second.
/// </summary>
public sealed class AnnouncementFanOutTests
{
    private const int Subscribers = 1_000;

    [Test]
    public async Task NewGame_AnnouncedToAThousandSubscribers_ThroughInjected429s_ArrivesOnceEach_WithinTheRate()
    {
        await using var host = await BotTestHost.StartAsync(s => s with { SendRate = 30, SendRatePerChat = 1, AdminUserIds = [1] });
        var random = new Random(7);
        var gate = new Lock();
        host.Api.Faults = (method, _) =>
        {
            lock (gate)
            {
                return method == "sendMessage" && random.NextDouble() < 0.05 ? Fault.TooManyRequests(1) : null;
            }
        };
        var ids = Enumerable.Range(0, Subscribers).Select(i => 800_000L + i).ToList();
        await host.Database.ExecuteAsync($"""
            INSERT INTO geo.districts (name, is_active, created_at) VALUES ('Заречье', true, now());
            INSERT INTO notifications.subscriptions (user_id, district_id, created_at)
                SELECT u, (SELECT id FROM geo.districts WHERE name = 'Заречье'), now() FROM unnest(ARRAY[{string.Join(",", ids)}]::bigint[]) u;
            """);
        var district = await host.Database.ScalarAsync<long>("SELECT id FROM geo.districts WHERE name = 'Заречье'");

        await host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, ct) => scope.Resolve<GameCatalog>().CreateAsync(
            new NewGame("Ночные прятки", district, host.Clock.GetUtcNow().AddDays(2), MaxParticipants: 20), 1, ct), CancellationToken.None);

        bool IsAnnouncement(RecordedCall c) => c.Method == "sendMessage" && ((string?)c.Body["text"])?.Contains("Ночные прятки", StringComparison.Ordinal) == true;
        await Eventually.That(() => host.Api.Calls.Count(c => IsAnnouncement(c) && c.Status == 200) >= Subscribers, TimeSpan.FromSeconds(120), "every subscriber's announcement");
        await Task.Delay(1_500); // a duplicate would be on its way by now
        var attempts = host.Api.Calls.Where(IsAnnouncement).ToList();
        var delivered = attempts.Where(c => c.Status == 200).ToList();
        var seconds = (delivered.Max(c => c.At) - attempts.Min(c => c.At)).TotalSeconds;
        TestContext.Out.WriteLine($"{delivered.Count} delivered in {seconds:F1} s ({delivered.Count / seconds:F1}/s), {attempts.Count(c => c.Status == 429)} answered 429");

        Assert.Multiple(() =>
        {
            Assert.That(delivered.GroupBy(c => c.ChatId).Select(g => g.Count()).Distinct(), Is.EqualTo(new[] { 1 }), "once each");
            Assert.That(delivered.Select(c => c.ChatId).ToHashSet(), Is.EquivalentTo(ids.Cast<long?>()), "nobody lost");
            Assert.That(attempts.Count(c => c.Status == 429), Is.GreaterThan(20), "the 429s really happened");
            Assert.That(Pace.MaxInAnySecond(attempts), Is.LessThanOrEqualTo(30), "the global limit, retries included");
            Assert.That(Pace.TightestChatGap(attempts), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)), "a retry waits Telegram's retry_after");
            // 429s from three chats within a second pause every send for retry_after (Telegram's flood control is
            // global too), so the storm costs some seconds; without it the rate is the allowed one (bench: broadcast).
            Assert.That(Subscribers / seconds, Is.GreaterThanOrEqualTo(30 * 0.5), "the allowed rate is used, not wasted");
        });
    }
}
