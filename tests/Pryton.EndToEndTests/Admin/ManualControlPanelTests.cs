using Pryton.EndToEndTests.Games;

namespace Pryton.EndToEndTests.Admin;

/// <summary>
/// A whole game run by hand from the panel: participants before the start, start now, pause and resume, +10 min,
/// start the search, take a player out, mark the driver found — and the game ends as the rules say.
/// </summary>
public sealed class ManualControlPanelTests : GameFixture
{
    [Test]
    public async Task AGame_FromThePanel_StartToEnd_WithParticipantsManagedByHand()
    {
        var gameId = await CreateGameAsync("Прятки с пульта", maxDrivers: 1);
        var (anna, boris, vera) = (await PlayerAsync("Анна", gameId, driver: true), await PlayerAsync("Борис", gameId), await PlayerAsync("Вера", gameId));
        var gleb = await PlayerAsync("Глеб", gameId);

        Olga.Says("/admin");
        await Olga.PressesAsync("🎮 Игры и управление");
        await Olga.PressesAsync("Прятки с пульта — запись");
        await Olga.PressesAsync("👥 Участники");
        var before = (await Olga.ExpectsAsync("Участники «Прятки с пульта» (4)")).Text; // the panel is one message, edited: keep what it said then
        await Olga.PressesAsync("Глеб");
        await Olga.ExpectsAsync("В составе, роль не назначена");
        await Olga.PressesAsync("🚫 Убрать из игры");
        await Olga.PressesAsync("Да, убрать");
        await gleb.ExpectsAsync("Прятки с пульта");
        await Olga.ExpectsAsync("Участники «Прятки с пульта» (3)");
        await Olga.PressesAsync("⬅️ Назад");

        await Olga.PressesAsync("▶️ Начать сейчас");
        await anna.ExpectsAsync("Ваша роль: 🚗 Водитель");
        await Olga.PressesAsync("⏸ Пауза");
        await Olga.ExpectsAsync("на паузе");
        await Olga.PressesAsync("▶️ Продолжить");
        var extended = await Olga.PressesAsync("⏱ +10 мин");
        await Olga.PressesAsync("🔎 Начать поиск");
        await vera.ExpectsAsync("начался поиск");

        await Olga.PressesAsync("👥 Участники");
        var during = (await Olga.ExpectsAsync("Анна — 🚗 водитель")).Text;
        await Olga.PressesAsync("Анна");
        await Olga.PressesAsync("✅ Отметить найденным");
        var results = await boris.ExpectsAsync("окончена — все водители найдены.");
        Olga.Says("/admin");
        await Olga.PressesAsync("🎮 Игры и управление");
        await Olga.PressesAsync("🏁 Закончившиеся");
        var finished = await Olga.ExpectsAsync(m => m.InlineButtons.Any(b => b.Label == "Прятки с пульта — окончена"), "the finished game listed");

        Assert.Multiple(async () =>
        {
            Assert.That(before, Does.Contain("Глеб — роль не назначена").And.Contain("Лист ожидания: 0"));
            Assert.That(extended, Is.EqualTo("Готово."));
            Assert.That(during, Does.Contain("Борис — 🔍 искатель").And.Not.Contain("Глеб"));
            Assert.That(results.Text, Does.Contain("Анна — найден(а)"));
            Assert.That(finished.Text, Does.Contain("Закончившиеся и отменённые игры"));
            Assert.That(await StatusAsync(gameId), Is.EqualTo("completed"));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM admin.audit_entries WHERE actor_id = {AdminId} AND action IN ('admin:do', 'admin:kick', 'admin:found') AND allowed"),
                Is.GreaterThanOrEqualTo(7), "every panel action is in the audit");
        });
    }
}
