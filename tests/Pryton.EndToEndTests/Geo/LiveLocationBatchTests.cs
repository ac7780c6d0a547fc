using System.Text.Json.Nodes;
using Pryton.EndToEndTests.Games;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Geo;

/// <summary>
/// A polled batch of live-location moves is committed together: each player's points in order, redeliveries skipped,
/// and the player gate's rule kept (a banned player or a stranger leaves no trace).
/// </summary>
public sealed class LiveLocationBatchTests : GameFixture
{
    private const double CentreLat = 55.7298;
    private const double CentreLon = 37.6010;

    [Test]
    public async Task MovesQueuedWhileTheBotWasAway_AreStoredTogether_InEachPlayersOrder_Once_AndOnlyForPlayersInTheGame()
    {
        var gameId = await CreateGameAsync("Прятки пачкой", maxDrivers: 1);
        var anna = await PlayerAsync("Анна", gameId, driver: true);
        var boris = await PlayerAsync("Борис", gameId);
        var vera = await PlayerAsync("Вера", gameId);
        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        await vera.ExpectsAsync("Включите трансляцию геопозиции");
        var stranger = Host.User("Гость");
        var shares = new[] { anna, boris, vera }.ToDictionary(u => u, u => u.StartsLiveLocation(CentreLat, CentreLon, seconds: 8 * 3600));
        await vera.ExpectsAsync("Трансляция геопозиции принята!");
        await Eventually.That(async () => await Pings(gameId) == 3, TimeSpan.FromSeconds(10));
        await Host.Database.ExecuteAsync($"UPDATE registration.players SET banned_at = now() WHERE user_id = {vera.Id}");

        await Host.StopAppAsync();
        var strangerShare = stranger.StartsLiveLocation(CentreLat, CentreLon);
        for (var step = 1; step <= 20; step++)
        {
            Host.Clock.Advance(TimeSpan.FromSeconds(5));
            foreach (var (user, share) in shares)
            {
                user.MovesLiveLocation(share, CentreLat + (step * 0.0001), CentreLon);
            }

            stranger.MovesLiveLocation(strangerShare, CentreLat + (step * 0.0001), CentreLon);
        }

        RedeliverOneMoreMove(shares[boris]);
        await Host.StartAppAsync();

        await Eventually.That(async () => await Pings(gameId, anna.Id) == 21 && await Pings(gameId, boris.Id) == 22, TimeSpan.FromSeconds(30));
        await stranger.ExpectsAsync("/start");
        Assert.Multiple(async () =>
        {
            Assert.That(await InOrder(gameId, anna.Id) && await InOrder(gameId, boris.Id), Is.True, "each player's points in the order sent");
            Assert.That(await Pings(gameId, vera.Id), Is.EqualTo(1), "a banned player's moves are not stored");
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.pings WHERE user_id = {stranger.Id}"), Is.Zero);
            Assert.That(await Host.Database.ScalarAsync<double>($"SELECT latitude FROM geo.positions WHERE game_id = {gameId} AND user_id = {boris.Id}"),
                Is.EqualTo(CentreLat + 0.0021).Within(1e-9), "the latest position is the last move");
            Assert.That(anna.Inbox.Count(m => m.Text?.Contains("Трансляция геопозиции принята", StringComparison.Ordinal) == true), Is.EqualTo(1), "moves stay silent");
        });
    }

    [Test]
    public async Task AMoveThatCannotBeStored_DoesNotTakeTheBatchWithIt_AndIsNotApologisedFor()
    {
        var gameId = await CreateGameAsync("Прятки со сбоем", maxDrivers: 1);
        var anna = await PlayerAsync("Анна", gameId, driver: true);
        var boris = await PlayerAsync("Борис", gameId);
        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        await boris.ExpectsAsync("Включите трансляцию геопозиции");
        var annaShare = anna.StartsLiveLocation(CentreLat, CentreLon);
        var borisShare = boris.StartsLiveLocation(CentreLat, CentreLon);
        await boris.ExpectsAsync("Трансляция геопозиции принята!");
        // A point the database refuses (standing in for any failure of one update inside a shared commit).
        await Host.Database.ExecuteAsync("""
            CREATE FUNCTION geo.refuse_marked_point() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.latitude = 55.7777 THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_point BEFORE INSERT ON geo.pings FOR EACH ROW EXECUTE FUNCTION geo.refuse_marked_point();
            """);
        try
        {
            await Host.StopAppAsync();
            for (var step = 1; step <= 5; step++)
            {
                Host.Clock.Advance(TimeSpan.FromSeconds(5));
                anna.MovesLiveLocation(annaShare, CentreLat + (step * 0.0001), CentreLon);
                boris.MovesLiveLocation(borisShare, step == 3 ? 55.7777 : CentreLat + (step * 0.0001), CentreLon);
            }

            var inboxBefore = boris.Inbox.Count;
            await Host.StartAppAsync();
            await Eventually.That(async () => await Pings(gameId, anna.Id) == 6 && await Pings(gameId, boris.Id) == 5, TimeSpan.FromSeconds(30));
            await boris.ExpectsNothingAsync(TimeSpan.FromSeconds(1));
            Assert.Multiple(async () =>
            {
                Assert.That(boris.Inbox, Has.Count.EqualTo(inboxBefore), "no apology for a move");
                Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.pings WHERE latitude = 55.7777"), Is.Zero);
            });
        }
        finally
        {
            await Host.Database.ExecuteAsync("DROP TRIGGER refuse_point ON geo.pings; DROP FUNCTION geo.refuse_marked_point();");
        }
    }

    /// <summary>One more move, then the very same update again (Telegram's at-least-once delivery).</summary>
    private void RedeliverOneMoreMove(EmulatedMessage share)
    {
        var edited = (JsonObject)share.Json.DeepClone();
        edited["location"] = new JsonObject { ["latitude"] = CentreLat + 0.0021, ["longitude"] = CentreLon, ["live_period"] = 8 * 3600 };
        edited["edit_date"] = Host.Clock.GetUtcNow().AddSeconds(5).ToUnixTimeSeconds();
        var id = Host.Api.State.Enqueue("edited_message", edited);
        Host.Api.State.Redeliver(id, new JsonObject { ["update_id"] = id, ["edited_message"] = edited.DeepClone() });
    }

    private Task<long> Pings(long gameId, long? userId = null) =>
        Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.pings WHERE game_id = {gameId}{(userId is { } u ? $" AND user_id = {u}" : string.Empty)}");

    private Task<bool> InOrder(long gameId, long userId) => Host.Database.ScalarAsync<bool>($"""
        SELECT bool_and(ok) FROM (SELECT latitude > lag(latitude) OVER (ORDER BY id) OR lag(latitude) OVER (ORDER BY id) IS NULL AS ok
        FROM geo.pings WHERE game_id = {gameId} AND user_id = {userId}) s
        """);
}
