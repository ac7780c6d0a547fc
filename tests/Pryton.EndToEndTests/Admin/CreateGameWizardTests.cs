using System.Globalization;
using Pryton.EndToEndTests.Games;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Admin;

/// <summary>
/// The create-game wizard as an organiser goes through it in Telegram, with every kind of wrong answer on the way:
/// too short a title, an impossible or past date, a past time, words for numbers, zero seats, as many drivers as
/// seats, a stale button; then a change from the preview, a mode switched, and the game created once.
/// </summary>
public sealed class CreateGameWizardTests : GameFixture
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    [Test]
    public async Task EveryStep_RefusesWhatIsWrong_AndTheGameIsCreatedOnce_AsPreviewed()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Host.Clock.GetUtcNow(), Moscow).DateTime);
        var tomorrow = today.AddDays(1);

        Olga.Says("/newgame");
        await Olga.ExpectsAsync("Как она будет называться?");
        await Refused("Я", "Название — от 3 до 80 символов.");
        Olga.Says("Вечерние прятки");
        var districts = await Olga.ExpectsAsync("В каком районе играем?");
        await Olga.PressesAsync("Центр");
        await Olga.PressesAsync("Парк Горького (радиус 1500 м)");

        await Olga.ExpectsAsync("Какого числа?");
        await Refused("31.02.2027", "Не понял дату.");
        await Refused("01.01.2020", "Эта дата уже прошла.");
        await Olga.PressesAsync("Сегодня, " + today.ToString("dd.MM", CultureInfo.InvariantCulture));
        await Olga.ExpectsAsync("Во сколько старт");
        await Refused("25:99", "Не понял время.");
        await Refused("00:00", "Это время уже прошло.");
        Olga.Says("/cancel");
        await Olga.ExpectsAsync("отменено. Ничего не сохранено.");

        Olga.Says("/newgame");
        await Olga.ExpectsAsync("Как она будет называться?");
        Olga.Says("Вечерние прятки");
        await Olga.PressesAsync("Центр");
        await Olga.PressesAsync("Парк Горького (радиус 1500 м)");
        Olga.Says(tomorrow.ToString("dd.MM", CultureInfo.InvariantCulture));
        await Olga.ExpectsAsync("Во сколько старт " + tomorrow.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        Olga.Says("19.30");
        await Olga.ExpectsAsync("Сколько всего мест?");
        await Refused("десять", "Нужно целое число от 2 до 200.");
        await Refused("0", "Нужно целое число от 2 до 200.");
        Olga.Says("10");
        await Olga.ExpectsAsync("Сколько водителей");
        await Refused("10", "Водителей — от 1 до 9");
        await Olga.PressesAsync("2");
        await Olga.PressesAsync("3 ✓");
        Olga.Says("30");
        await Olga.PressesAsync("60 ✓");
        await Olga.ExpectsAsync("Описание для игроков");
        Olga.Says("Сбор у входа <b>в парк</b> & у фонтана");

        var preview = await Olga.ExpectsAsync("Проверьте игру");
        var stale = await Olga.PressesDataAsync(districts, districts.InlineButtons.First(b => b.Label == "Центр").Data!);
        await Olga.ExpectsAsync("Выберите вариант кнопкой");
        await Olga.PressesAsync("🔄 Найденный → искатель: выкл");
        await Olga.ExpectsAsync("Найденный водитель становится искателем: вкл");
        await Olga.PressesAsync("✏️ Места");
        Olga.Says("12");
        Olga.Says("3");
        await Olga.ExpectsAsync("Сколько игроков нужно");
        Olga.Says("4");
        var final = await Olga.ExpectsAsync("Мест: 12, водителей до 3, минимум для старта: 4");
        await Olga.PressesAsync("✅ Создать игру");
        await Olga.ExpectsAsync("Игра «Вечерние прятки» создана.");
        var again = await Olga.PressesDataAsync(final, final.InlineButtons.First(b => b.Label == "✅ Создать игру").Data!);
        await Olga.PressesAsync("🎮 Открыть игру");
        var screen = await Olga.ExpectsAsync("Статус: запись");

        var startsAt = await Host.Database.ScalarAsync<DateTime>("SELECT starts_at FROM games.games WHERE title = 'Вечерние прятки'");
        Assert.Multiple(async () =>
        {
            Assert.That(preview.Text, Does.Contain("Старт: " + tomorrow.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " 19:30 (Europe/Moscow)")
                .And.Contain("Описание: Сбор у входа <b>в парк</b> & у фонтана"), "the typed text is shown as typed, not as markup");
            Assert.That(stale, Is.Null.Or.Empty);
            Assert.That(again, Is.EqualTo("Эта кнопка устарела. Откройте меню заново."));
            Assert.That(await Host.Database.ScalarAsync<long>("SELECT count(*) FROM games.games WHERE title = 'Вечерние прятки'"), Is.EqualTo(1), "created once");
            Assert.That(await Host.Database.ScalarAsync<string>("""
                SELECT concat_ws(',', max_participants, max_drivers, min_participants, hiding_minutes, searching_minutes, found_becomes_seeker, manual_control, zone_id IS NOT NULL, description)
                FROM games.games WHERE title = 'Вечерние прятки'
                """), Is.EqualTo("12,3,4,30,60,t,f,t,Сбор у входа <b>в парк</b> & у фонтана"));
            Assert.That(new DateTimeOffset(startsAt, TimeSpan.Zero), Is.EqualTo(new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(19, 30)), TimeSpan.FromHours(3))));
            Assert.That(screen.Text, Does.Contain("Вечерние прятки"));
        });
    }

    [Test]
    public async Task APlayer_CannotOpenTheWizard_NorPressItsButtons()
    {
        var gameId = await CreateGameAsync("Чужие прятки");
        var player = await PlayerAsync("Любопытный", gameId);
        var before = await Host.Database.ScalarAsync<long>("SELECT count(*) FROM games.games");

        player.Says("/newgame");
        await player.ExpectsAsync("Эта функция недоступна.");
        var pressed = await player.PressesDataAsync(player.Inbox[^1], "admin:newgame:ok:yes");
        var panel = await player.PressesDataAsync(player.Inbox[^1], "admin:new");

        Assert.Multiple(async () =>
        {
            Assert.That(pressed, Is.EqualTo("Эта функция недоступна."));
            Assert.That(panel, Is.EqualTo("Эта функция недоступна."));
            Assert.That(await Host.Database.ScalarAsync<long>("SELECT count(*) FROM games.games"), Is.EqualTo(before));
        });
    }

    private async Task Refused(string answer, string reply)
    {
        Olga.Says(answer);
        await Olga.ExpectsAsync(reply);
    }
}
