using System.Net;
using Pryton.EndToEndTests.Games;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Reliability;

/// <summary>
/// The database goes away in the middle of a game and comes back: the bot says it is not ready while it is gone,
/// keeps what people sent meanwhile, answers it all once the database is back — without being restarted — and the
/// game's timers go on as planned.
/// </summary>
public sealed class PostgresRestartTests : GameFixture
{
    private PostgresServer server = null!;

    [Test]
    public async Task PostgresRestartedMidGame_TheBotRecoversWithoutARestart_AndLosesNothing()
    {
        var gameId = await CreateGameAsync("Прятки без базы", capacity: 4, maxDrivers: 1, startsIn: TimeSpan.FromHours(1), minPlayers: 2);
        var anna = await PlayerAsync("Анна", gameId, driver: true);
        var vera = await PlayerAsync("Вера", gameId);
        var startsAt = await Host.Database.ScalarAsync<DateTime>($"SELECT starts_at FROM games.games WHERE id = {gameId}");
        await AdvanceUntilAsync(new DateTimeOffset(startsAt, TimeSpan.Zero), gameId, "hiding_phase");
        await anna.ExpectsAsync("Включите трансляцию геопозиции");
        await vera.ExpectsAsync("Ваша роль: 🔍 Искатель");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Host.Settings.MetricsPort}"), Timeout = TimeSpan.FromSeconds(10) };
        var before = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        await server.StopAsync(immediate: true);
        var during = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        anna.SendsPhoto("anna-hidden-offline");
        vera.Says("/mygames");
        await Task.Delay(TimeSpan.FromSeconds(3)); // the bot keeps trying meanwhile
        await server.RestartAsync();
        await Eventually.That(async () => (await http.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode, TimeSpan.FromSeconds(30), "ready again");

        await anna.ExpectsAsync("✅ Вы спрятались.", TimeSpan.FromSeconds(60));
        await vera.ExpectsAsync("Мои игры", TimeSpan.FromSeconds(60));
        var hidingEnds = await PhaseEndsAtAsync(gameId);
        await AdvanceUntilAsync(hidingEnds, gameId, "searching_phase");
        await vera.ExpectsAsync("начался поиск");

        Assert.Multiple(async () =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(during.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_events WHERE game_id = {gameId} AND kind = 'driver_hid'"), Is.EqualTo(1));
            Assert.That(anna.Inbox.Count(m => m.Text?.Contains("Вы спрятались", StringComparison.Ordinal) == true), Is.EqualTo(1));
            Assert.That(vera.Inbox.Count(m => m.Text?.Contains("Мои игры", StringComparison.Ordinal) == true), Is.EqualTo(1));
        });
    }

    /// <summary>
    /// The bot stops before its database: NUnit runs a derived fixture's tear-down first, and a bot whose database is
    /// gone cannot finish its jobs' bookkeeping (Quartz retries it until the store answers).
    /// </summary>
    protected override async Task StopHostAsync()
    {
        await base.StopHostAsync();
        await server.DisposeAsync();
    }

    protected override async Task<BotTestHost> CreateHostAsync()
    {
        server = await PostgresServer.StartAsync();
        return await BotTestHost.StartAsync(s => s with { AdminUserIds = [.. AdminIds] }, server: server);
    }
}
