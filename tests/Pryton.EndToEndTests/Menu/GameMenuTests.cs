using Pryton.EndToEndTests.Games;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Menu;

/// <summary>The main menu follows the player through a game (GAME-RULES §9.1, rewrite), in both languages.</summary>
public sealed class GameMenuTests : GameFixture
{
    [Test]
    public async Task DriverAndSeeker_SeeTheirButtons_InEveryPhase_AndAfterTheGame()
    {
        var gameId = await CreateGameAsync("Прятки с меню", maxDrivers: 1, startsIn: TimeSpan.FromHours(2));
        var anna = await PlayerAsync("Анна", gameId, driver: true);
        var boris = await PlayerAsync("Борис", gameId);
        await PlayerAsync("Вера", gameId);
        var startsAt = Host.Clock.GetUtcNow().AddHours(2);

        boris.Says("/menu");
        var before = Labels(await boris.ExpectsAsync("Главное меню"));
        Host.Clock.Advance(TimeSpan.FromMinutes(61));
        var soon = Labels(await boris.ExpectsAsync("⏰ Скоро игра"));
        boris.PressesReplyButton(soon.First(l => l.StartsWith("🎮 Прятки с меню в", StringComparison.Ordinal)));
        await boris.ExpectsAsync("Прятки с меню\nРайон: Центр");

        await AdvanceUntilAsync(startsAt, gameId, "hiding_phase");
        var driverHiding = Labels(await anna.ExpectsAsync("🎮 Меню игры"));
        var seekerHiding = Labels(await boris.ExpectsAsync("🎮 Меню игры"));
        anna.PressesReplyButton("📸 Фото укрытия");
        await anna.ExpectsAsync("пришлите фото спрятанной машины прямо сюда");
        anna.SendsPhoto("anna-spot");
        await boris.ExpectsAsync("начался поиск");
        await anna.ExpectsAsync("Не двигайтесь с места");
        var driverSearching = Labels(await anna.ExpectsAsync("🎮 Меню игры"));
        var seekerSearching = Labels(await boris.ExpectsAsync("🎮 Меню игры"));

        boris.PressesReplyButton("ℹ️ Статус игры");
        var status = await boris.ExpectsAsync("Статус: идут поиски · до");
        boris.Says("/help");
        var help = await boris.ExpectsAsync("Кнопки сейчас");
        boris.PressesReplyButton("🔍 Я нашёл машину");
        await boris.ExpectsAsync("Чью машину вы нашли?");
        boris.Says("/cancel");
        Assert.That((await ControlAsync(c => c.EndNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        var after = Labels(await boris.ExpectsAsync("🏁 Игра окончена"));
        boris.PressesReplyButton("🏁 Итоги игры");
        var results = await boris.ExpectsAsync("окончена — игру завершили организаторы.");
        Olga.Says("/menu");
        var admin = Labels(await Olga.ExpectsAsync("Главное меню"));

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.SupersetOf(new[] { "🎮 Игры", "📋 Мои игры", "❓ Помощь", "🌐 Язык" }));
            Assert.That(soon, Does.Contain("📋 Мои игры").And.Not.Contain("👤 Профиль"));
            Assert.That(driverHiding, Is.SupersetOf(new[] { "📸 Фото укрытия", "📍 Отправить геопозицию", "🆘 Нужна помощь", "ℹ️ Статус игры", "📜 Правила", "❓ Помощь" }));
            Assert.That(seekerHiding, Does.Not.Contain("📸 Фото укрытия").And.Not.Contain("🔍 Я нашёл машину").And.Contain("🆘 Нужна помощь"));
            Assert.That(driverSearching, Does.Not.Contain("📸 Фото укрытия").And.Contain("📍 Отправить геопозицию"));
            Assert.That(seekerSearching, Does.Contain("🔍 Я нашёл машину"));
            Assert.That(help.Text, Does.Contain("🔍 Я нашёл машину — выберите водителя").And.Contain("🆘 Нужна помощь — организаторы"));
            Assert.That(after, Does.Contain("🏁 Итоги игры").And.Contain("🎮 Игры"));
            Assert.That(results.Text, Does.Contain("Найдено вами машин: 0."));
            Assert.That(admin, Does.Contain("🛠 Панель организатора"));
            Assert.That(status.Text, Does.Contain("Прятки с меню"));
        });
    }

    [Test]
    public async Task InEnglish_EveryInGameButton_DoesWhatItSays()
    {
        var gameId = await CreateGameAsync("Menu game", maxDrivers: 1);
        var driver = await PlayerAsync("Dan", gameId, driver: true);
        var seeker = await PlayerAsync("Sam", gameId);
        await PlayerAsync("Sue", gameId);
        foreach (var user in new[] { driver, seeker })
        {
            user.Says("/language");
            await user.PressesAsync("🇬🇧 English");
        }

        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        await driver.ExpectsAsync("🎮 Game menu");
        driver.PressesReplyButton("📸 Hiding photo");
        await driver.ExpectsAsync("send a photo of your hidden car right here");
        driver.PressesReplyButton("📍 Send my location", (55.7299, 37.6011));
        await driver.ExpectsAsync("Better share your live location");
        driver.PressesReplyButton("ℹ️ Game status");
        await driver.ExpectsAsync("Status: drivers are hiding · until");
        driver.PressesReplyButton("📜 Rules");
        await driver.ExpectsAsync("Car hide-and-seek rules");
        driver.SendsPhoto("dan-spot");
        await seeker.ExpectsAsync("The search in");
        await seeker.ExpectsAsync("🎮 Game menu");
        seeker.PressesReplyButton("🔍 I found a car");
        await seeker.ExpectsAsync("Whose car did you find?");
        seeker.Says("/cancel");
        seeker.PressesReplyButton("🆘 I need help");
        await seeker.ExpectsAsync("The organisers have your alert");
        await Olga.ExpectsAsync("SOS");
    }

    private static List<string> Labels(EmulatedMessage message) => [.. message.ReplyButtons.Select(b => b.Label)];
}
