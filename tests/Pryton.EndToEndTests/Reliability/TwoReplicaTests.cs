using System.Net;
using System.Text;
using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.EndToEndTests.Probe;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.UnitOfWork;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Reliability;

/// <summary>
/// Two replicas of the bot on one database, both taking webhook deliveries (Telegram picks either, and now and then
/// delivers the same update to both), on the real clock: each timer fires on one of them, once; only one sends at a
/// time, so the global limit of 30 a second holds for the pair; every chat's answers come in the order it wrote.
/// </summary>
public sealed class TwoReplicaTests
{
    private const string Secret = "two-replicas-secret";

    [Test]
    public async Task TwoReplicas_FireEachTimerOnce_SendWithinOneLimit_AndKeepEachChatsOrder()
    {
        await using var host = await BotTestHost.StartAsync(
            s => s with { WebhookUrl = "https://bot.example.org/telegram/hook", WebhookSecret = Secret, WebhookPort = FreePort.Next(), SendRate = 30, SendRatePerChat = 1 },
            extraModules: [ProbeModule.Descriptor], withoutModules: ProbeModule.Displaces, realClock: true);
        var (second, secondSettings) = await host.StartReplicaAsync();
        await using var _ = second;
        var hooks = new[] { host.Settings.WebhookPort, secondSettings.WebhookPort }.Select(p => new Uri($"http://127.0.0.1:{p}/telegram/hook")).ToArray();
        using var http = new HttpClient();

        var due = DateTimeOffset.UtcNow.AddSeconds(4);
        await host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", async (scope, ct) =>
        {
            for (var i = 1; i <= 40; i++)
            {
                var at = due.AddMilliseconds(i * 50);
                await scope.Resolve<IJobScheduler>().ScheduleAsync($"probe.tick.{i}", "probe.ticks", at, new TickData(i, at), ct);
            }

            return true;
        }, CancellationToken.None);

        var people = Enumerable.Range(0, 30).Select(i => host.User("Реплика " + i)).ToList();
        var random = new Random(7);
        var deliveries = 0;
        await Task.WhenAll(people.Select(async person =>
        {
            for (var k = 1; k <= 5; k++)
            {
                person.Says($"/echo {k}");
                var update = host.Api.State.Delivered.Last(u => u["message"]?["from"]?["id"]?.GetValue<long>() == person.Id).ToJsonString();
                int first, twice;
                lock (random)
                {
                    (first, twice) = (random.Next(2), random.Next(5));
                }

                // Telegram waits for a 200 before the chat's next update; now and then it also retries on the other replica.
                var copies = twice == 0 ? new[] { hooks[first], hooks[1 - first] } : [hooks[first]];
                var answers = await Task.WhenAll(copies.Select(hook => PostAsync(http, hook, update)));
                Assert.That(answers, Has.All.EqualTo(HttpStatusCode.OK));
                Interlocked.Add(ref deliveries, copies.Length);
            }
        }));

        await Eventually.That(() => people.All(p => EchoCommand.Echoes(p).Count >= 5), TimeSpan.FromSeconds(60), "every answer delivered");
        await Eventually.That(async () => await host.Database.ScalarAsync<long>("SELECT count(*) FROM probe.runs WHERE what LIKE 'tick%'") >= 40,
            TimeSpan.FromSeconds(60), "every timer fired");
        await Task.Delay(TimeSpan.FromSeconds(2)); // a second firing would be in by now

        var sends = host.Api.Calls.Where(c => c.Method == "sendMessage" && c.Status == 200).ToList();
        TestContext.Out.WriteLine($"{deliveries} webhook deliveries of 150 updates; {sends.Count} sends, at most {Pace.MaxInAnySecond(sends)} in a second");
        Assert.Multiple(async () =>
        {
            Assert.That(await host.Database.ScalarAsync<long>("SELECT count(*) FROM probe.runs WHERE what LIKE 'tick%'"), Is.EqualTo(40), "each timer fired once");
            Assert.That(await host.Database.ScalarAsync<long>("SELECT count(DISTINCT chat_id) FROM probe.runs WHERE what LIKE 'tick%'"), Is.EqualTo(40));
            Assert.That(deliveries, Is.GreaterThan(150), "some updates reached both replicas");
            Assert.That(sends, Has.Count.EqualTo(150), "one answer per update");
            Assert.That(Pace.MaxInAnySecond(sends), Is.LessThanOrEqualTo(30), "one global limit for both replicas: one sender at a time; busiest second: " + Pace.BusiestSecond(sends));
            Assert.That(host.Logs.Lines, Has.None.Contains(Secret).And.None.Contains(host.Api.Token.Split(':')[1]), "no secret in the log");
            foreach (var person in people)
            {
                Assert.That(EchoCommand.Echoes(person), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }), $"{person.Profile.FirstName}: in order, once each");
            }
        });
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, Uri hook, string update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, hook) { Content = new StringContent(update, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
