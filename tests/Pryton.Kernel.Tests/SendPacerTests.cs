using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;

namespace Pryton.Kernel.Tests;

public sealed class SendPacerTests
{
    private static bool Takes(SendPacer pacer, long chat) => pacer.Take(chat) is not null;

    private static SendPacer Pacer(double rate = 3) => new(new GatewayOptions { Token = "1:x", SendRate = rate, SendRatePerChat = 1, SendRatePerGroupPerMinute = 20 });

    [Test]
    public void TryTake_SameChatTwice_IsRefusedTheSecondTime()
    {
        var pacer = Pacer();

        Assert.Multiple(() =>
        {
            Assert.That(Takes(pacer, 1), Is.True);
            Assert.That(Takes(pacer, 1), Is.False);
            Assert.That(pacer.ChatReady(1), Is.False);
        });
    }

    [Test]
    public void TryTake_ManyChatsAtOnce_AreSpacedEvenlyNotBurst()
    {
        var pacer = Pacer(rate: 3);

        var taken = Enumerable.Range(1, 10).Count(chat => Takes(pacer, chat));

        Assert.Multiple(() =>
        {
            Assert.That(taken, Is.EqualTo(1));
            Assert.That(pacer.GlobalDelay(), Is.GreaterThan(TimeSpan.FromMilliseconds(250)).And.LessThanOrEqualTo(TimeSpan.FromMilliseconds(340)));
        });
    }

    [Test]
    public void SendStillOnItsWay_HoldsItsPlaceInTheWindow_UntilAWindowAfterItsAnswer()
    {
        var pacer = Pacer(rate: 1);

        var slot = pacer.Take(1)!;
        var whileOnItsWay = pacer.GlobalDelay();
        pacer.Answered(slot);

        Assert.Multiple(() =>
        {
            Assert.That(whileOnItsWay, Is.GreaterThan(TimeSpan.Zero), "no second send while the first may not have arrived");
            Assert.That(pacer.GlobalDelay(), Is.GreaterThan(TimeSpan.FromMilliseconds(1000)).And.LessThanOrEqualTo(TimeSpan.FromMilliseconds(1010)),
                "counted from its answer");
        });
    }

    [Test]
    public void TooManyRequests_FromThreeChats_PausesEverything()
    {
        var pacer = Pacer(rate: 100);

        pacer.TooManyRequests(1, TimeSpan.FromSeconds(5));
        pacer.TooManyRequests(2, TimeSpan.FromSeconds(5));
        var afterTwo = pacer.GlobalDelay();
        pacer.TooManyRequests(3, TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(afterTwo, Is.EqualTo(TimeSpan.Zero), "two chats flooding pause only themselves");
            Assert.That(pacer.GlobalDelay(), Is.GreaterThan(TimeSpan.FromSeconds(4)));
            Assert.That(Takes(pacer, 4), Is.False);
        });
    }
}
