using Pryton.EndToEndTests.Games;
using Pryton.EndToEndTests.Registration;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Admin;

/// <summary>Before the start an organiser moves a seated player to the waitlist (the seat goes down the line) and cannot seat anyone into a full game.</summary>
public sealed class WaitlistMoveTests : GameFixture
{
    [Test]
    public async Task ASeatedPlayer_ToTheWaitlist_TheFirstInLineIsOffered_AndAFullGameSeatsNobody()
    {
        var gameId = await CreateGameAsync("Прятки с очередью", capacity: 3, maxDrivers: 1);
        await PlayerAsync("Анна", gameId, driver: true);
        await PlayerAsync("Борис", gameId);
        var vera = await PlayerAsync("Вера", gameId);
        var gleb = Host.User("Глеб");
        await Newcomer.SignUpAsync(gleb, "Глеб", startPayload: $"g{gameId}");
        await gleb.PressesAsync("✅ Записаться");
        await gleb.ExpectsAsync("Вы в листе ожидания, место 1.");

        Olga.Says("/admin");
        await Olga.PressesAsync("🎮 Игры и управление");
        await Olga.PressesAsync("Прятки с очередью — мест нет");
        await Olga.PressesAsync("👥 Участники");
        await Olga.PressesAsync("Вера");
        var moved = await Olga.PressesAsync("⬇️ В лист ожидания");
        await vera.ExpectsAsync("перевёл вас в лист ожидания игры Прятки с очередью — вы №2.");
        await gleb.ExpectsAsync("освободилось место — оно ваше!");

        await Olga.PressesAsync("Вера");
        var refused = await Olga.PressesAsync("⬆️ Дать место");

        Assert.Multiple(async () =>
        {
            Assert.That(moved, Is.EqualTo("Готово."));
            Assert.That(refused, Does.StartWith("Свободных мест нет"));
            Assert.That(await Host.Database.ScalarAsync<string>($"""
                SELECT string_agg(status || coalesce(':' || waitlist_position, ''), ',' ORDER BY joined_at) FROM games.game_players WHERE game_id = {gameId}
                """), Is.EqualTo("seated,seated,offered,waitlisted:1"), "Глеб is offered the seat; Вера waits first in line");
        });
    }
}
