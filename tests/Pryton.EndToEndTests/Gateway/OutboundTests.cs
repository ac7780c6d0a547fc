using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Kernel.UnitOfWork;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Gateway;

public sealed class OutboundTests
{
    [Test]
    public async Task Burst_Of300MessagesTo100Chats_ThroughAStormOfFaults_IsDeliveredWithinTheLimitsInOrder()
    {
        await using var host = await BotTestHost.StartAsync(s => s with { SendRate = 30, SendRatePerChat = 1 });
        var random = new Random(42);
        var gate = new Lock();
        host.Api.Faults = (method, _) =>
        {
            lock (gate)
            {
                var roll = random.NextDouble();
                return method != "sendMessage" ? null
                    : roll < 0.10 ? Fault.TooManyRequests(1)
                    : roll < 0.15 ? Fault.ServerError()
                    : roll < 0.17 ? Fault.Timeout(TimeSpan.FromSeconds(6))
                    : null;
            }
        };
        var chats = Enumerable.Range(0, 100).Select(i => 500_000L + i).ToList();

        await QueueAsync(host, chats, perChat: 3);
        await Eventually.That(() => Delivered(host) >= 300, TimeSpan.FromSeconds(150), "all 300 delivered");

        var sends = host.Api.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.Multiple(() =>
        {
            foreach (var chat in chats)
            {
                var texts = host.Api.State.Messages(chat).Select(m => m.Text).ToList();
                Assert.That(texts, Is.EqualTo(new[] { $"m{chat}-0", $"m{chat}-1", $"m{chat}-2" }), $"chat {chat} in order, once each");
                var times = sends.Where(c => c.ChatId == chat).Select(c => c.At).ToList();
                var closest = times.Zip(times.Skip(1), (a, b) => b - a).DefaultIfEmpty(TimeSpan.MaxValue).Min();
                Assert.That(closest, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.95)), $"chat {chat} paced");
            }

            Assert.That(Pace.MaxInAnySecond(sends), Is.LessThanOrEqualTo(30));
            Assert.That(sends.Count(c => c.Status == 429), Is.GreaterThan(0), "the storm really happened");
            Assert.That(host.Logs.Lines, Has.None.Contains(host.Api.Token.Split(':')[1]), "the token never reaches the log");
        });
    }

    [Test]
    public async Task BlockedUser_IsMarkedAndSkipped()
    {
        await using var host = await BotTestHost.StartAsync();
        const long Blocked = 610_001;
        host.Api.Block(Blocked);

        await QueueAsync(host, [Blocked], perChat: 1);
        await Eventually.That(async () => await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM kernel.chats WHERE chat_id = {Blocked} AND blocked_at IS NOT NULL") == 1, TimeSpan.FromSeconds(10));
        await QueueAsync(host, [Blocked], perChat: 2);
        await Task.Delay(500);

        Assert.Multiple(async () =>
        {
            Assert.That(host.Api.Calls.Count(c => c.ChatId == Blocked), Is.EqualTo(1), "nothing more is sent to a blocked chat");
            Assert.That(await host.Database.ScalarAsync<long>($"SELECT count(*) FROM kernel.outbound WHERE chat_id = {Blocked} AND status = 'pending'"), Is.Zero);
        });
    }

    [Test]
    public async Task UserWhoBlocksAndUnblocks_IsMarkedThenReachableAgain()
    {
        await using var host = await BotTestHost.StartAsync();
        var user = host.User("Yana");
        user.Says("hi");
        await user.ExpectsAsync("Я не понял");

        host.Api.Users.SetBotBlocked(user.Profile, blocked: true);
        await Eventually.That(async () => await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM kernel.chats WHERE chat_id = {user.Id} AND blocked_at IS NOT NULL") == 1, TimeSpan.FromSeconds(10));
        host.Api.Users.SetBotBlocked(user.Profile, blocked: false);

        await Eventually.That(async () => await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM kernel.chats WHERE chat_id = {user.Id} AND blocked_at IS NULL") == 1, TimeSpan.FromSeconds(10));
    }

    [Test]
    public async Task UrgentMessage_OvertakesAFullQueue()
    {
        await using var host = await BotTestHost.StartAsync(s => s with { SendRate = 30, SendRatePerChat = 1 });
        var chats = Enumerable.Range(0, 200).Select(i => 700_000L + i).ToList();
        await QueueAsync(host, chats, perChat: 1);

        await host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, ct) =>
            scope.Resolve<IOutbound>().SendAsync(799_999, OutboundMessage.Of(TextRef.Plain("SOS")), new SendOptions(SendOptions.Urgent), ct), CancellationToken.None);
        var deliveredWhenQueued = Delivered(host);
        await Eventually.That(() => host.Api.State.Messages(799_999).Count == 1, TimeSpan.FromSeconds(10));

        // Only what was already in flight goes out before it; the rest of the queue waits.
        Assert.That(Delivered(host) - deliveredWhenQueued, Is.LessThanOrEqualTo(20), "the SOS overtook the queue");
    }

    private static Task QueueAsync(BotTestHost host, IReadOnlyList<long> chats, int perChat) =>
        host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", async (scope, ct) =>
        {
            var outbound = scope.Resolve<IOutbound>();
            for (var k = 0; k < perChat; k++)
            {
                foreach (var chat in chats)
                {
                    var existing = host.Api.State.Messages(chat).Count;
                    await outbound.SendAsync(chat, OutboundMessage.Of(TextRef.Plain($"m{chat}-{existing + k}")), ct: ct);
                }
            }
        }, CancellationToken.None);

    private static int Delivered(BotTestHost host) => host.Api.Calls.Count(c => c.Method == "sendMessage" && c.Status == 200);
}
