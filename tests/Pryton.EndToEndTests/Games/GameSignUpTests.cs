using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.EndToEndTests.Registration;
using Pryton.Testing;
using Pryton.Kernel.UnitOfWork;
using Pryton.Modules.Games.Application;

namespace Pryton.EndToEndTests.Games;

public sealed class GameSignUpTests : RegistrationFixture
{
    [Test]
    public async Task Players_JoinUntilFull_TheNextIsWaitlisted_AndAFreedSeatIsOfferedAndTaken()
    {
        var game = await CreateGameAsync("Вечерние прятки", capacity: 2);
        var (anna, boris, vera) = (Host.User("Anna"), Host.User("Boris"), Host.User("Vera"));
        await Task.WhenAll(SignUpAsync(anna, "Анна"), SignUpAsync(boris, "Борис"), SignUpAsync(vera, "Вера"));

        anna.Says("/games");
        await anna.ExpectsAsync("Игры, на которые открыта запись.");
        await anna.PressesAsync("Вечерние прятки · " + game.Start + " · 0/2");
        await anna.ExpectsAsync("Места: 0 из 2");
        var joined = await anna.PressesAsync("✅ Записаться");
        boris.Says($"/start g{game.Id}");
        await boris.ExpectsAsync("Вечерние прятки");
        await boris.PressesAsync("✅ Записаться");
        vera.Says($"/start g{game.Id}");
        await vera.ExpectsAsync("Места: 2 из 2");
        var waitlisted = await vera.PressesAsync("✅ Записаться");

        await anna.ExpectsAsync("Вы в игре.");
        await anna.PressesAsync("🚪 Выйти из игры");
        var offer = (await vera.ExpectsAsync("освободилось место — оно ваше!")).InlineButtons.Select(b => b.Label).ToList();
        await vera.PressesAsync("✅ Беру место");
        await vera.ExpectsAsync("Место ваше, вы в игре!");

        Assert.Multiple(async () =>
        {
            Assert.That(joined, Does.StartWith("Вы записаны!"));
            Assert.That(waitlisted, Does.Contain("листе ожидания, место 1"));
            Assert.That(offer, Is.EquivalentTo(new[] { "✅ Беру место", "Отказаться" }));
            Assert.That(await Host.Database.ScalarAsync<string>(
                $"SELECT string_agg(user_id::text, ',' ORDER BY user_id) FROM games.game_players WHERE game_id = {game.Id} AND status = 'seated'"),
                Is.EqualTo($"{boris.Id},{vera.Id}"));
        });
    }

    [Test]
    public async Task DeepLink_OfANewcomer_IsKeptThroughSignUp_AndOpensTheGame()
    {
        var game = await CreateGameAsync("Прятки по приглашению", capacity: 4);
        var ivan = Host.User("Ivan");

        await SignUpAsync(ivan, "Иван", startPayload: $"g{game.Id}");

        var card = await ivan.ExpectsAsync("Прятки по приглашению");
        Assert.That(card.InlineButtons.Select(b => b.Label), Does.Contain("✅ Записаться"));
    }

    [Test]
    public async Task MyGames_ShowsWhereThePlayerStands()
    {
        var game = await CreateGameAsync("Ночные прятки", capacity: 5);
        var gleb = Host.User("Gleb");
        await SignUpAsync(gleb, "Глеб");
        gleb.Says($"/start g{game.Id}");
        await gleb.PressesAsync("✅ Записаться");
        await gleb.ExpectsAsync("Вы в игре.");

        gleb.Says("/mygames");

        await gleb.ExpectsAsync("Ночные прятки — " + game.Start + ", идёт запись. Вы в игре.");
    }

    [Test]
    public async Task StaleOrForgedGameButtons_AreAnsweredAndChangeNothing()
    {
        var game = await CreateGameAsync("Дневные прятки", capacity: 5);
        var dina = Host.User("Dina");
        await SignUpAsync(dina, "Дина");
        dina.Says($"/start g{game.Id}");
        var card = await dina.ExpectsAsync("Дневные прятки");

        var leaveWithoutJoining = await dina.PressesDataAsync(card, $"games:leave:{game.Id}");
        var unknownGame = await dina.PressesDataAsync(card, "games:join:987654");
        var garbage = await dina.PressesDataAsync(card, "games:join:abc");

        Assert.Multiple(async () =>
        {
            Assert.That(leaveWithoutJoining, Is.EqualTo("Вы не записаны на эту игру."));
            Assert.That(unknownGame, Is.EqualTo("Этой игры больше нет."));
            Assert.That(garbage, Is.EqualTo("Эта кнопка устарела. Откройте меню заново."));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_players WHERE user_id = {dina.Id}"), Is.Zero);
        });
    }

    [Test]
    public async Task Join_AfterTheRulesChanged_ShowsThemAndJoinsOnAcceptance()
    {
        var game = await CreateGameAsync("Прятки по новым правилам", capacity: 5);
        var egor = Host.User("Egor");
        await SignUpAsync(egor, "Егор");
        await Host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, ct) =>
            scope.Resolve<Contracts.Registration.IRulesBook>().PublishAsync("<b>Новые правила</b>", null, 1, ct), CancellationToken.None);
        egor.Says($"/start g{game.Id}");

        await egor.PressesAsync("✅ Записаться");
        await egor.ExpectsAsync("Примите их, и мы сразу запишем вас на игру.");
        var toast = await egor.PressesAsync("✅ Принимаю и записываюсь");

        Assert.Multiple(async () =>
        {
            Assert.That(toast, Does.StartWith("Вы записаны!"));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_players WHERE game_id = {game.Id} AND user_id = {egor.Id} AND status = 'seated'"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ForgetMe_LeavesOpenGames_AndTheSeatGoesOn()
    {
        var game = await CreateGameAsync("Прятки без Фёдора", capacity: 2);
        var (fedor, galya, hana) = (Host.User("Fedor"), Host.User("Galya"), Host.User("Hana"));
        await Task.WhenAll(SignUpAsync(fedor, "Фёдор"), SignUpAsync(galya, "Галя"), SignUpAsync(hana, "Хана"));
        foreach (var user in new[] { fedor, galya, hana })
        {
            user.Says($"/start g{game.Id}");
            await user.PressesAsync("✅ Записаться");
            await Task.Delay(100);
        }

        fedor.Says("/forget_me");
        await fedor.PressesAsync("Да, удалить");

        await hana.ExpectsAsync("освободилось место — оно ваше!");
        Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_players WHERE user_id = {fedor.Id}"), Is.Zero);
    }

    private async Task<(long Id, string Start)> CreateGameAsync(string title, int capacity)
    {
        var startsAt = Host.Clock.GetUtcNow().AddDays(2);
        var game = await Host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, ct) =>
            scope.Resolve<GameCatalog>().CreateAsync(new NewGame(title, CentreId, startsAt, capacity), 1, ct), CancellationToken.None);
        return (game.Id, Modules.Games.Bot.Keyboards.GameKeyboards.Short(game));
    }
}
