using Pryton.EndToEndTests.Games;

namespace Pryton.EndToEndTests.Admin;

/// <summary>Players from the panel: found by part of the name, their profile and games, banned (and stopped), unbanned, made an organiser.</summary>
public sealed class PlayersTests : GameFixture
{
    [Test]
    public async Task APlayer_IsFound_Banned_Stopped_Unbanned_AndMadeAnOrganiser()
    {
        var gameId = await CreateGameAsync("Прятки для досье");
        var boris = await PlayerAsync("Борислав", gameId);
        var other = await CreateGameAsync("Ещё одни прятки");

        Olga.Says("/admin");
        await Olga.PressesAsync("🙋 Игроки");
        Olga.Says("б");
        await Olga.ExpectsAsync("Напишите хотя бы 2 символа");
        Olga.Says("рисл");
        await Olga.ExpectsAsync("Нашлось: 1 («рисл»)");
        await Olga.PressesAsync("Борислав");
        var profile = (await Olga.ExpectsAsync($"Борислав (id {boris.Id}) — игрок")).Text;

        await Olga.PressesAsync("⛔ Заблокировать");
        await Olga.PressesAsync("Да, заблокировать");
        await boris.ExpectsAsync("Организаторы закрыли вам участие в играх.");
        var refused = await boris.PressesDataAsync(boris.Inbox[^1], $"games:join:{other}");

        await Olga.ExpectsAsync("⛔ заблокирован(а)");
        await Olga.PressesAsync("✅ Разблокировать");
        await boris.ExpectsAsync("снова открыли вам игры");
        await Olga.PressesAsync("🛠 Сделать организатором");
        await boris.ExpectsAsync("Вам выдали права организатора.");

        Assert.Multiple(async () =>
        {
            Assert.That(profile, Does.Contain("«Прятки для досье» — впереди или идёт").And.Contain("Сыграно игр: 0"));
            Assert.That(refused, Is.EqualTo("Организаторы закрыли вам участие в играх. Если это ошибка — напишите им."));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_players WHERE game_id = {other}"), Is.Zero, "a banned player joins nothing");
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM admin.admins WHERE user_id = {boris.Id}"), Is.EqualTo(1));
        });
    }
}
