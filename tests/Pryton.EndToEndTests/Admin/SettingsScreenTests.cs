using Pryton.Contracts.Games;
using Pryton.EndToEndTests.Games;

namespace Pryton.EndToEndTests.Admin;

/// <summary>The live game settings from the panel: one message edited in place, switches flip, numbers step within range.</summary>
public sealed class SettingsScreenTests : GameFixture
{
    [TearDown]
    public Task DefaultSettings() => SettingsAsync(new GameSettings());

    [Test]
    public async Task Switches_Flip_AndNumbers_StepWithinTheirRange_InOneMessage()
    {
        Olga.Says("/admin");
        await Olga.PressesAsync("⚙️ Настройки");
        var page = await Olga.ExpectsAsync("Настройки игр — переключатели");
        await Olga.PressesAsync("▫️ Находки только через организатора");
        var flipped = await Olga.ExpectsAsync(m => m.InlineButtons.Any(b => b.Label == "✅ Находки только через организатора"), "the switch on");

        await Olga.PressesAsync("🔢 Числа →");
        await Olga.ExpectsAsync("Прятки, мин: 30 (от 1 до 180)");
        await Olga.PressesAsync("➖ Прятки, мин");
        var floorMessage = await Olga.ExpectsAsync("Прятки, мин: 25");
        var floor = floorMessage.Text;
        var limit = await Olga.PressesAsync("➖ Роли заранее, мин");
        var forged = await Olga.PressesDataAsync(floorMessage, "admin:settings:num:bogus:up");

        await Olga.PressesAsync("← Переключатели");
        await Olga.PressesAsync("🔔 Напоминания →");
        await Olga.ExpectsAsync("Напоминания игрокам перед игрой");
        await Olga.PressesAsync("▫️ за 3 ч");
        await Olga.PressesAsync("✅ за 5 мин");
        var reminders = (await Olga.ExpectsAsync("Выбрано организаторами.")).Text;
        var gameId = await CreateGameAsync("Прятки с напоминаниями", startsIn: TimeSpan.FromHours(30));
        var planned = string.Empty;
        await Pryton.Testing.Eventually.That(async () =>
        {
            var jobs = await InBotAsync(scope => Autofac.ResolutionExtensions.Resolve<Pryton.Kernel.Scheduling.IJobScheduler>(scope).ListAsync($"notifications.game.{gameId}", CancellationToken.None));
            planned = string.Join(",", jobs.Select(j => j.Key).Where(k => k.StartsWith("notifications.reminder.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            return planned.Split(',').Length >= 3;
        }, TimeSpan.FromSeconds(10), "the reminders planned");

        var stored = await InBotAsync(scope => Autofac.ResolutionExtensions.Resolve<IGameSettings>(scope).CurrentAsync(CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(new[] { flipped.MessageId, floorMessage.MessageId }, Has.All.EqualTo(page.MessageId), "one message, edited");
            Assert.That(stored.RequireAdminApproval, Is.True);
            Assert.That(stored.HidingMinutes, Is.EqualTo(25));
            Assert.That(stored.RoleDrawMinutesBefore, Is.Zero, "never below its range");
            Assert.That(forged, Is.EqualTo("Эта кнопка устарела. Откройте меню заново."));
            Assert.That(floor, Does.Contain("Роли заранее, мин: 0 (от 0 до 120)"));
            Assert.That(stored.ReminderMinutes, Is.EqualTo(new[] { 1440, 180, 60 }), "the operator's 24 h, 60 and 5 min, with 3 h on and 5 min off");
            Assert.That(planned, Is.EqualTo($"notifications.reminder.{gameId}.1440,notifications.reminder.{gameId}.180,notifications.reminder.{gameId}.60"));
            Assert.That(reminders, Does.Contain("Выбрано организаторами."));
            Assert.That(limit, Is.EqualTo("Дальше нельзя — это край допустимого."));
        });
    }
}
