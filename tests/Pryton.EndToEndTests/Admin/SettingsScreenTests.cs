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
        var floor = await Olga.ExpectsAsync("Прятки, мин: 25");
        var limit = await Olga.PressesAsync("➖ Роли заранее, мин");
        var forged = await Olga.PressesDataAsync(floor, "admin:settings:num:bogus:up");

        var stored = await InBotAsync(scope => Autofac.ResolutionExtensions.Resolve<IGameSettings>(scope).CurrentAsync(CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(new[] { flipped.MessageId, floor.MessageId }, Has.All.EqualTo(page.MessageId), "one message, edited");
            Assert.That(stored.RequireAdminApproval, Is.True);
            Assert.That(stored.HidingMinutes, Is.EqualTo(25));
            Assert.That(stored.RoleDrawMinutesBefore, Is.Zero, "never below its range");
            Assert.That(forged, Is.EqualTo("Эта кнопка устарела. Откройте меню заново."));
            Assert.That(floor.Text, Does.Contain("Роли заранее, мин: 0 (от 0 до 120)"));
            Assert.That(limit, Is.EqualTo("Дальше нельзя — это край допустимого."));
        });
    }
}
