using Pryton.EndToEndTests.Games;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Admin;

/// <summary>
/// Players from the panel: found by part of the name, their profile and games, banned (stopped, and taken out of the
/// games not yet started: the seat goes down the line), unbanned, made an organiser.
/// </summary>
public sealed class PlayersTests : GameFixture
{
    [Test]
    public async Task APlayer_IsFound_Banned_Stopped_Unbanned_AndMadeAnOrganiser()
    {
        var gameId = await CreateGameAsync("Прятки для досье", capacity: 2, maxDrivers: 1);
        await PlayerAsync("Анна", gameId, driver: true);
        var boris = await PlayerAsync("Борислав", gameId);
        var gleb = Host.User("Глеб");
        await Newcomer.SignUpAsync(gleb, "Глеб", startPayload: $"g{gameId}");
        await gleb.PressesAsync("✅ Записаться");
        await gleb.ExpectsAsync("Вы в листе ожидания, место 1.");
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
        await boris.ExpectsAsync("Организатор исключил вас из игры Прятки для досье.");
        await gleb.ExpectsAsync("освободилось место — оно ваше!");
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
            Assert.That(await Host.Database.ScalarAsync<string>($"""
                SELECT string_agg(status || coalesce(':' || waitlist_position, ''), ',' ORDER BY joined_at) FROM games.game_players WHERE game_id = {gameId}
                """), Is.EqualTo("seated,removed,offered"), "Борислав is out; Глеб, first in line, is offered his seat");
            Assert.That(await Host.Database.ScalarAsync<long>($"""
                SELECT count(*) FROM games.game_events WHERE game_id = {gameId} AND kind = 'player_removed' AND actor_id = {AdminId}
                """), Is.EqualTo(1), "the game's log names the organiser who banned him");
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM admin.admins WHERE user_id = {boris.Id}"), Is.EqualTo(1));
        });
    }
}
