using Pryton.EndToEndTests.Gateway;
using Pryton.EndToEndTests.Probe;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Reliability;

/// <summary>
/// The Bot API is unreachable for a whole minute (every request hangs and is cut off) while people keep writing and
/// the bot has answers waiting. Afterwards everything arrives — what was queued before, during and after — each
/// chat's in the order it was written, once.
/// </summary>
public sealed class NetworkCutTests : ProbeHostFixture
{
    [Test]
    public async Task AMinuteWithoutTheBotApi_EverythingIsDeliveredAfterwards_InEachChatsOrder()
    {
        var people = Enumerable.Range(0, 20).Select(i => Host.User("Сеть " + i)).ToList();
        foreach (var person in people)
        {
            person.Says("/echo 1");
        }

        await Eventually.That(() => Host.Api.State.PendingUpdates == 0, TimeSpan.FromSeconds(10), "the first messages taken");
        Host.Api.Faults = (_, _) => Fault.Timeout(TimeSpan.FromSeconds(2));
        var cut = System.Diagnostics.Stopwatch.StartNew();
        for (var k = 2; k <= 4; k++)
        {
            foreach (var person in people)
            {
                person.Says($"/echo {k}");
            }

            await Task.Delay(TimeSpan.FromSeconds(15));
        }

        while (cut.Elapsed < TimeSpan.FromSeconds(60))
        {
            Host.Clock.Advance(TimeSpan.FromSeconds(1)); // retries are timed on the bot's clock
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Host.Api.Faults = null;
        foreach (var person in people)
        {
            person.Says("/echo 5");
        }

        await Eventually.That(() =>
        {
            Host.Clock.Advance(TimeSpan.FromSeconds(1));
            return people.All(p => EchoCommand.Echoes(p).Count >= 5);
        }, TimeSpan.FromSeconds(90), "everything delivered");

        Assert.Multiple(() =>
        {
            Assert.That(Host.Api.Calls.Count(c => c.Status == 0), Is.GreaterThan(20), "requests really were cut off");
            foreach (var person in people)
            {
                Assert.That(EchoCommand.Echoes(person), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }), $"{person.Profile.FirstName}: once each, in order");
            }
        });
    }
}
