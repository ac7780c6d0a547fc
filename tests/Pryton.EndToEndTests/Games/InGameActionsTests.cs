using Pryton.Testing;

namespace Pryton.EndToEndTests.Games;

/// <summary>Following a game, giving up, and every action at the wrong moment: each is answered and changes nothing it should not.</summary>
public sealed class InGameActionsTests : GameFixture
{
    [Test]
    public async Task Follower_GetsTheStartAndTheResults_WithoutASeat()
    {
        var gameId = await CreateGameAsync("Прятки для зрителей", maxDrivers: 1);
        var (anna, boris, vera) = (await PlayerAsync("Анна", gameId, driver: true), await PlayerAsync("Борис", gameId), await PlayerAsync("Вера", gameId));
        var fan = await PlayerAsync("Зритель", gameId);
        fan.Says($"/start g{gameId}");
        await fan.ExpectsAsync("Места:");
        await fan.PressesAsync("🚪 Выйти из игры");
        var card = await fan.ExpectsAsync("Вы не записаны.");
        var followed = await fan.PressesAsync("👁 Следить за игрой");

        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        await fan.ExpectsAsync("началась: водителей — 1");
        Assert.That((await ControlAsync(c => c.EndNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        var results = await fan.ExpectsAsync("окончена — игру завершили организаторы.");

        Assert.Multiple(() =>
        {
            Assert.That(followed, Does.StartWith("Вы следите за игрой"));
            Assert.That(results.Text, Does.Contain("Анна — не найден(а), победа! 🏆").And.Not.Contain("Найдено вами"));
            Assert.That(fan.Inbox.Where(m => m.Location is not null), Is.Empty, "a follower never gets a location");
        });
    }

    [Test]
    public async Task TheOnlyDriver_GivingUp_EndsTheGame()
    {
        var gameId = await CreateGameAsync("Прятки со сдачей", maxDrivers: 1);
        var (anna, boris, vera) = (await PlayerAsync("Анна", gameId, driver: true), await PlayerAsync("Борис", gameId), await PlayerAsync("Вера", gameId));
        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        await anna.ExpectsAsync("Ваша роль");

        anna.Says($"/start g{gameId}");
        await anna.ExpectsAsync("Места:");
        await anna.PressesAsync("🏳 Сдаться и выйти из игры");
        await anna.ExpectsAsync("Точно сдаться?");
        await anna.PressesAsync("Да, сдаюсь");

        await boris.ExpectsAsync("Анна вышел(ла) из игры");
        var results = await vera.ExpectsAsync("окончена — в игре не осталось водителей.");
        Assert.Multiple(async () =>
        {
            Assert.That(results.Text, Does.Not.Contain("Анна"), "a player who gave up is not in the results");
            Assert.That(await StatusAsync(gameId), Is.EqualTo("completed"));
        });
    }

    [Test]
    public async Task ActionsAtTheWrongMoment_AreExplained_AndChangeNothing()
    {
        var gameId = await CreateGameAsync("Прятки по порядку", maxDrivers: 1);
        var (anna, boris, vera) = (await PlayerAsync("Анна", gameId, driver: true), await PlayerAsync("Борис", gameId), await PlayerAsync("Вера", gameId));
        var outsider = await PlayerAsync("Гость", gameId);
        outsider.Says($"/start g{gameId}");
        await outsider.ExpectsAsync("Места:");
        await outsider.PressesAsync("🚪 Выйти из игры");
        await outsider.ExpectsAsync("Вы не записаны.");

        boris.SendsPhoto("too-early");
        await boris.ExpectsAsync("Фото нужны только во время игры");
        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        await boris.ExpectsAsync("Ваша роль");

        boris.Says("/found");
        await boris.ExpectsAsync("Поиск ещё не начался");
        boris.SendsPhoto("seeker-while-hiding");
        await boris.ExpectsAsync("Поиск ещё не начался");
        outsider.SendsPhoto("not-playing");
        await outsider.ExpectsAsync("Фото нужны только во время игры");
        var lateJoin = await outsider.PressesDataAsync(outsider.Inbox[^1], $"games:join:{gameId}");
        var strangerDue = await outsider.PressesDataAsync(outsider.Inbox[^1], $"games:due:{gameId}:cancel");
        var forgedAnswer = await outsider.PressesDataAsync(outsider.Inbox[^1], "photos:answer:1:yes");
        var forgedDecision = await outsider.PressesDataAsync(outsider.Inbox[^1], "photos:decide:1:ok");

        anna.SendsPhoto("anna-spot");
        await vera.ExpectsAsync("начался поиск");
        anna.SendsPhoto("driver-while-searching");
        await anna.ExpectsAsync("Вы уже спрятались — оставайтесь на месте.");
        anna.Says("/found");
        await anna.ExpectsAsync("Заявки на находку отправляют искатели.");

        Assert.Multiple(async () =>
        {
            Assert.That(lateJoin, Is.EqualTo("Запись на эту игру закрыта."));
            Assert.That(strangerDue, Does.Contain("недоступ").IgnoreCase.Or.Contain("только").IgnoreCase);
            Assert.That(forgedAnswer, Is.EqualTo("Эта кнопка устарела. Откройте меню заново."));
            Assert.That(forgedDecision, Does.Contain("недоступ").IgnoreCase.Or.Contain("только").IgnoreCase);
            Assert.That(await StatusAsync(gameId), Is.EqualTo("searching_phase"));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM photos.photos WHERE game_id = {gameId}"), Is.EqualTo(1), "only the hiding photo is kept");
        });
    }
}
