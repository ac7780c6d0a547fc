using Pryton.EndToEndTests.Games;

namespace Pryton.EndToEndTests.Admin;

/// <summary>The monitoring screen and the moderation queue, both one tap from the panel.</summary>
public sealed class MonitorTests : GameFixture
{
    [Test]
    public async Task Monitoring_ShowsTodayAndTheLatestSignUps_AndTheQueueOpensFromThePanel()
    {
        var gameId = await CreateGameAsync("Прятки для мониторинга", startsIn: TimeSpan.FromMinutes(90));
        await PlayerAsync("Марина", gameId);

        Olga.Says("/admin");
        await Olga.PressesAsync("📈 Мониторинг");
        var monitor = (await Olga.ExpectsAsync("Мониторинг")).Text;
        await Olga.PressesAsync("⬅️ Назад");
        await Olga.PressesAsync("📸 Заявки на находки");
        var queue = await Olga.ExpectsAsync("Заявок на проверку нет.");

        Assert.Multiple(() =>
        {
            Assert.That(monitor, Does.Contain("Марина → Прятки для мониторинга").And.Contain("• Центр: ").And.Contain("Прятки для мониторинга — "));
            Assert.That(queue.Text, Is.EqualTo("Заявок на проверку нет."));
        });
    }
}
