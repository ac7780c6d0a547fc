using Autofac;
using Pryton.EndToEndTests.Games;
using Pryton.Kernel.Scheduling;

namespace Pryton.EndToEndTests.Admin;

/// <summary>The scheduler screen: a game's pending jobs of every module, and a lost start timer planned again.</summary>
public sealed class SchedulerScreenTests : GameFixture
{
    [Test]
    public async Task AGamesJobs_AreListed_AndALostStartTimer_IsReplanned()
    {
        var gameId = await CreateGameAsync("Прятки по расписанию");
        Olga.Says("/admin");
        await Olga.PressesAsync("🗓 Планировщик");
        var overview = (await Olga.ExpectsAsync("Запланировано")).Text;
        await Olga.PressesAsync("Прятки по расписанию");
        var list = (await Olga.ExpectsAsync("Прятки по расписанию — задания")).Text;

        await InBotAsync(async scope =>
        {
            await scope.Resolve<IJobScheduler>().CancelAsync($"games.start.{gameId}", CancellationToken.None);
            return true;
        });
        await Olga.PressesAsync("🔄 Обновить");
        var lost = (await Olga.ExpectsAsync(m => m.Text?.Contains($"games.start.{gameId}", StringComparison.Ordinal) == false && m.Text.Contains("задания", StringComparison.Ordinal), "the list without the start")).Text;
        var toast = await Olga.PressesAsync("🔁 Перепланировать таймеры игры");
        await Olga.ExpectsAsync("Таймеры игры запланированы заново.");
        await Olga.PressesAsync("🔄 Обновить");
        var replanned = (await Olga.ExpectsAsync($"games.start.{gameId}")).Text;

        Assert.Multiple(() =>
        {
            Assert.That(overview, Does.Contain("• Прятки по расписанию: заданий"));
            Assert.That(list, Does.Contain($"games.start.{gameId}").And.Contain($"notifications.reminder.{gameId}.60").And.Contain($"notifications.countdown.{gameId}"));
            Assert.That(lost, Does.Not.Contain($"games.start.{gameId}"));
            Assert.That(toast, Is.EqualTo("Таймеры игры запланированы заново."));
            Assert.That(replanned, Does.Contain($"games.start.{gameId}"));
        });
    }
}
