using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.EndToEndTests.Registration;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Kernel.UnitOfWork;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Geo;

/// <summary>"I need help" overtakes everything already queued, at Telegram's real pace.</summary>
public sealed class SosTests
{
    private const long AdminId = 4343;

    [Test]
    public async Task Sos_ReachesTheAdminsFirst_EvenWithFiveHundredMessagesQueued()
    {
        await using var host = await BotTestHost.StartAsync(s => s with { AdminUserIds = [AdminId], SendRate = 30, SendRatePerChat = 1 });
        await host.Database.ExecuteAsync("INSERT INTO geo.districts (name, is_active, created_at) VALUES ('Центр', true, now())");
        var admin = host.User("Olga", id: AdminId);
        var player = host.User("Pavel");
        await Newcomer.SignUpAsync(player, "Павел");
        await player.ExpectsAsync("вы зарегистрированы!");
        await host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, ct) =>
            scope.Resolve<IOutbound>().SendToManyAsync([.. Enumerable.Range(1, 500).Select(i => 900_000L + i)], OutboundMessage.Of(TextRef.Plain("новости")), ct: ct),
            CancellationToken.None);

        player.Says("/sos");
        var alert = await admin.ExpectsAsync("SOS от Павел", TimeSpan.FromSeconds(10));
        var fillerSent = host.Api.Calls.Count(c => c.Method == "sendMessage" && c.ChatId > 900_000);

        await player.ExpectsAsync("Организаторы получили ваш сигнал");
        Assert.Multiple(() =>
        {
            Assert.That(fillerSent, Is.LessThan(250), "the alert did not wait for the queue");
            Assert.That(alert.Text, Does.Contain("+79990001122").Or.Contain("+7 999"));
        });
    }
}
