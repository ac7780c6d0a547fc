using System.Globalization;
using Pryton.EndToEndTests.Games;

namespace Pryton.EndToEndTests.Admin;

/// <summary>Changing a game before its start from the panel: moved (with wrong answers on the way), resized, cancelled with a reason; and new rules published.</summary>
public sealed class GameEditTests : GameFixture
{
    [Test]
    public async Task AGame_IsMoved_Resized_AndCancelledWithAReason_EveryoneEnrolledHearsIt()
    {
        var gameId = await CreateGameAsync("Прятки, которые переносят", capacity: 4);
        var anna = await PlayerAsync("Анна", gameId, driver: true);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Host.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")).DateTime).AddDays(2);

        Olga.Says("/admin");
        await Olga.PressesAsync("🎮 Игры и управление");
        await Olga.PressesAsync("Прятки, которые переносят — запись");
        await Olga.PressesAsync("🕒 Перенести");
        Olga.Says("32.13");
        await Olga.ExpectsAsync("Не понял дату.");
        Olga.Says(day.ToString("dd.MM", CultureInfo.InvariantCulture));
        Olga.Says("20:15");
        await Olga.ExpectsAsync("Готово.");
        var moved = await anna.ExpectsAsync("Прятки, которые переносят");

        await Olga.PressesAsync("🎮 Открыть игру");
        await Olga.PressesAsync("🪑 Места");
        Olga.Says("1");
        await Olga.ExpectsAsync("Нужно целое число от 3 до 200.");
        Olga.Says("12");
        await Olga.ExpectsAsync("Готово.");

        await Olga.PressesAsync("🎮 Открыть игру");
        await Olga.PressesAsync("✏️ Описание");
        Olga.Says("Сбор у фонтана, с фонариками");
        await Olga.ExpectsAsync("Готово.");
        await Olga.PressesAsync("🎮 Открыть игру");
        await Olga.PressesAsync("✏️ Название");
        Olga.Says("Я");
        await Olga.ExpectsAsync("Название — от 3 до 80 символов.");
        Olga.Says("Прятки, которые переносят (вечер)");
        await Olga.ExpectsAsync("Готово.");

        await Olga.PressesAsync("🎮 Открыть игру");
        await Olga.PressesAsync("❌ Отменить игру");
        await Olga.ExpectsAsync("Почему отменяем");
        Olga.Says("Фонтан на ремонте");
        var cancelled = await anna.ExpectsAsync("Фонтан на ремонте");

        Assert.Multiple(async () =>
        {
            Assert.That(moved.Text, Does.Contain("20:15"));
            Assert.That(await Host.Database.ScalarAsync<string>($"SELECT status || ':' || max_participants || ':' || title || ':' || description FROM games.games WHERE id = {gameId}"),
                Is.EqualTo("canceled:12:Прятки, которые переносят (вечер):Сбор у фонтана, с фонариками"));
            Assert.That(cancelled.Text, Does.Contain("Прятки, которые переносят"));
        });
    }

    [Test]
    public async Task NewRules_ArePublished_FromThePanel()
    {
        Olga.Says("/admin");
        await Olga.PressesAsync("📜 Правила");
        var current = (await Olga.ExpectsAsync("Правила, версия")).Text!;
        await Olga.PressesAsync("✏️ Новая версия");
        Olga.Says("1. Прячемся только в зоне. 2. Номер машины не закрываем.");
        await Olga.PressesAsync("Пропустить");
        await Olga.ExpectsAsync("Проверьте новую версию");
        await Olga.PressesAsync("✅ Опубликовать");
        var published = await Olga.ExpectsAsync("Опубликована версия");

        await Olga.PressesAsync("⬅️ Назад");
        await Olga.PressesAsync("📜 Правила");
        var after = (await Olga.ExpectsAsync("Прежние версии:")).Text;
        Assert.That(after, Does.Contain("Прячемся только в зоне").And.Contain("• версия 1 от"));
        Assert.That(published.Text, Does.Contain($"версия {int.Parse(current.Split("версия ")[1].Split(' ')[0], CultureInfo.InvariantCulture) + 1}"));
    }
}
