using Autofac;
using Pryton.Contracts.Games;
using Pryton.EndToEndTests.Games;

namespace Pryton.EndToEndTests.Roles;

/// <summary>Roles as admins and players live them: locked by hand, the no-driver path, and "a found driver becomes a seeker".</summary>
public sealed class RoleAssignmentTests : GameFixture
{
    [Test]
    public async Task RolesLockedByAnAdmin_AreKeptAtTheStart_OverEveryonesWishes()
    {
        var gameId = await CreateGameAsync("Прятки по назначению", maxDrivers: 1);
        var (anna, boris, vera) = (await PlayerAsync("Анна", gameId, driver: true), await PlayerAsync("Борис", gameId), await PlayerAsync("Вера", gameId));

        Olga.Says("/roles");
        await Olga.ExpectsAsync("Роли в какой игре?");
        await Olga.PressesAsync("Прятки по назначению");
        await Olga.ExpectsAsync("Анна: Kia Rio, белый");
        await Olga.PressesAsync("🚗 Борис");
        var screen = await Olga.ExpectsAsync("Борис — 🚗 водитель 🔒");
        var tooMany = await Olga.PressesAsync("🚗 Вера");
        await Olga.PressesDataAsync(screen, $"roles:set:{gameId}:{anna.Id}:seeker");
        var forged = await boris.PressesDataAsync(boris.Inbox[^1], $"roles:set:{gameId}:{boris.Id}:seeker");

        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);

        await boris.ExpectsAsync("Ваша роль: 🚗 Водитель");
        await anna.ExpectsAsync("Ваша роль: 🔍 Искатель");
        await vera.ExpectsAsync("Ваша роль: 🔍 Искатель");
        Assert.Multiple(() =>
        {
            Assert.That(tooMany, Is.EqualTo("Водителей уже столько, сколько разрешено в этой игре."));
            Assert.That(forged, Is.EqualTo("Эта функция недоступна."));
        });
    }

    [Test]
    public async Task NobodyCanDrive_TheStartIsRefused_AndTheAdminAssignsAndStartsInTwoTaps()
    {
        var gameId = await CreateGameAsync("Прятки без машин", maxDrivers: 1);
        var (gleb, dina, egor) = (await PlayerAsync("Глеб", gameId), await PlayerAsync("Дина", gameId), await PlayerAsync("Егор", gameId));

        Host.Clock.Advance(TimeSpan.FromHours(3));
        var refusal = await Olga.ExpectsAsync("Прятки без машин не может начаться: никто из записанных не может быть водителем");
        Assert.That(await StatusAsync(gameId), Is.EqualTo("recruiting"));

        await Olga.PressesDataAsync(refusal, refusal.InlineButtons.Single(b => b.Label == "🎭 Назначить роли").Data!);
        var screen = await Olga.ExpectsAsync("Прятки без машин — роли");
        await Olga.PressesDataAsync(screen, $"roles:set:{gameId}:{dina.Id}:driver");
        await Olga.PressesDataAsync(refusal, refusal.InlineButtons.Single(b => b.Label == "▶️ Начать сейчас").Data!);

        await dina.ExpectsAsync("Ваша роль: 🚗 Водитель");
        await gleb.ExpectsAsync("Ваша роль: 🔍 Искатель");
        Assert.That(await StatusAsync(gameId), Is.EqualTo("hiding_phase"));
    }

    [Test]
    public async Task FoundDriver_BecomesASeeker_AndFindsTheOtherDriver()
    {
        var gameId = await CreateGameAsync("Заразные прятки", maxDrivers: 2, foundBecomesSeeker: true);
        var (anna, boris, vera) = (await PlayerAsync("Анна", gameId, driver: true), await PlayerAsync("Борис", gameId, driver: true), await PlayerAsync("Вера", gameId));
        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        anna.SendsPhoto("anna-spot");
        await anna.ExpectsAsync("✅ Вы спрятались.");
        boris.SendsPhoto("boris-spot");
        await vera.ExpectsAsync("начался поиск");

        vera.Says("/found");
        await vera.PressesAsync("Анна: Kia Rio, белый, A" + (100 + (anna.Id % 800)) + "BC77");
        vera.SendsPhoto("vera-finds-anna");
        await anna.PressesAsync("✅ Да, меня нашли");
        var turned = await anna.ExpectsAsync("Теперь вы — 🔍 Искатель");

        anna.Says("/found");
        await anna.PressesAsync("Борис: Kia Rio, белый, A" + (100 + (boris.Id % 800)) + "BC77");
        anna.SendsPhoto("anna-finds-boris");
        await boris.PressesAsync("✅ Да, меня нашли");

        var results = await vera.ExpectsAsync("окончена — все водители найдены.");
        Assert.Multiple(() =>
        {
            Assert.That(turned.Text, Does.Contain("Ещё прячутся:\n• Борис: Kia Rio").And.Not.Contain("Анна:"));
            Assert.That(results.Text, Does.Contain("Анна — нашёл(ла) Вера").And.Contain("Борис — нашёл(ла) Анна"));
        });
    }

    [Test]
    public async Task RolesDrawnAheadOfTheStart_AreToldEarly_KeptAtTheStart_AndNamedAsTheAdminRenamedThem()
    {
        await SettingsAsync(new GameSettings { RoleDrawMinutesBefore = 30 });
        try
        {
            Olga.Says("/rolenames");
            await Olga.PressesAsync("ru: 🚗 Водитель ✏️");
            await Olga.ExpectsAsync("Новое название для роли «водитель» (ru)");
            Olga.Says("🚙 Прятальщик");
            await Olga.ExpectsAsync("Сохранено: теперь роль называется «🚙 Прятальщик».");

            var gameId = await CreateGameAsync("Прятки с ролями заранее", maxDrivers: 1);
            var (anna, boris, vera) = (await PlayerAsync("Анна", gameId, driver: true), await PlayerAsync("Борис", gameId), await PlayerAsync("Вера", gameId));
            Host.Clock.Advance(TimeSpan.FromMinutes(150) + TimeSpan.FromSeconds(1));
            await anna.ExpectsAsync("распределены: вы — 🚙 Прятальщик");
            await boris.ExpectsAsync("распределены: вы — 🔍 Искатель");
            var late = await PlayerAsync("Глеб", gameId, driver: true);

            await AdvanceUntilAsync(Host.Clock.GetUtcNow().AddMinutes(30), gameId, "hiding_phase");

            await anna.ExpectsAsync("Ваша роль: 🚙 Прятальщик");
            await late.ExpectsAsync("Ваша роль: 🔍 Искатель");
        }
        finally
        {
            await SettingsAsync(new GameSettings());
            await Host.Database.ExecuteAsync("UPDATE roles.role_names SET display_name = '🚗 Водитель' WHERE role = 'driver' AND language = 'ru'");
        }
    }
}
