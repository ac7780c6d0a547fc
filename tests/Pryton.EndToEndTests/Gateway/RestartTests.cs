using Pryton.EndToEndTests.Probe;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Gateway;

public sealed class RestartTests
{
    [Test]
    public async Task HalfFilledConversation_SurvivesARestart_AtTheSameStep()
    {
        await using var host = await BotTestHost.StartAsync(extraModules: [ProbeModule.Descriptor], withoutModules: ProbeModule.Displaces);
        var user = host.User("Tanya");
        user.Says("/form");
        await user.ExpectsAsync("Как вас зовут?");
        user.Says("Tanya");
        await user.ExpectsAsync("Tanya, какой цвет?");

        await host.RestartAsync();
        await user.PressesAsync("Синий");
        await user.ExpectsAsync("Сохранить: Tanya, blue?");
        user.PressesReplyButton("Да");

        await user.ExpectsAsync("Сохранено.");
    }

    [Test]
    public async Task HostKilledInsideAnUpdate_LosesNothingAndRepeatsNothing()
    {
        var gate = new SlowGate();
        await using var host = await BotTestHost.StartAsync(extraModules: [ProbeModule.Descriptor], withoutModules: ProbeModule.Displaces,
            overrides: b => Autofac.RegistrationExtensions.RegisterInstance(b, gate));
        var user = host.User("Uma");
        user.Says("/slow");
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(10));

        await host.StopAppAsync(graceful: false);
        var runsWhileDown = await host.Database.ScalarAsync<long>($"SELECT count(*) FROM probe.runs WHERE chat_id = {user.Id}");
        gate.StartsOpen = true;
        await host.StartAppAsync();
        await user.ExpectsAsync("Медленно, но готово");
        await user.ExpectsNothingAsync(TimeSpan.FromSeconds(2));

        Assert.Multiple(async () =>
        {
            Assert.That(runsWhileDown, Is.Zero, "the interrupted update committed nothing");
            Assert.That(await host.Database.ScalarAsync<long>($"SELECT count(*) FROM probe.runs WHERE chat_id = {user.Id}"), Is.EqualTo(1));
            Assert.That(user.Inbox.Count(m => m.Text == "Медленно, но готово"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task MessagesQueuedBeforeAStop_AreSentAfterTheRestart()
    {
        await using var host = await BotTestHost.StartAsync(extraModules: [ProbeModule.Descriptor], withoutModules: ProbeModule.Displaces);
        var user = host.User("Vlad");
        user.Says("/echo first");
        await user.ExpectsAsync("Вы написали: first");
        host.Api.Faults = (method, _) => method == "sendMessage" ? Sandbox.Emulator.Fault.ServerError() : null;
        user.Says("/echo queued");
        await Eventually.That(async () => await host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM kernel.outbound WHERE chat_id = {user.Id} AND status = 'pending' AND attempts > 0") == 1, TimeSpan.FromSeconds(10));

        await host.StopAppAsync();
        host.Api.Faults = null;
        await host.StartAppAsync();

        await user.ExpectsAsync("Вы написали: queued");
    }
}
