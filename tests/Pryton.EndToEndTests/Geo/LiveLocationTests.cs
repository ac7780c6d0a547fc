using Autofac;
using Pryton.Contracts.Registration;
using Pryton.EndToEndTests.Games;
using Pryton.Kernel.Events;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Geo;

/// <summary>Live location through a game: stored in order, the zone watched, doubtful points flagged, silence nudged, tracks kept only as long as allowed.</summary>
public sealed class LiveLocationTests : GameFixture
{
    private const double CentreLat = 55.7298;
    private const double CentreLon = 37.6010;

    [Test]
    public async Task LiveShare_MovedAHundredTimes_IsStoredInOrder_AndOnlyTheFirstMessageIsAnswered()
    {
        var (gameId, anna, _) = await RunningGameAsync("Прятки с маршрутом");
        var live = anna.StartsLiveLocation(CentreLat, CentreLon, seconds: 8 * 3600);
        await anna.ExpectsAsync("Трансляция геопозиции принята!");

        for (var step = 1; step <= 100; step++)
        {
            Host.Clock.Advance(TimeSpan.FromSeconds(5));
            anna.MovesLiveLocation(live, CentreLat + (step * 0.0001), CentreLon);
        }

        await Eventually.That(async () => await Pings(gameId, anna.Id) == 101, TimeSpan.FromSeconds(30));
        var ordered = await Host.Database.ScalarAsync<bool>(
            $"SELECT bool_and(ok) FROM (SELECT latitude > lag(latitude) OVER (ORDER BY id) OR lag(latitude) OVER (ORDER BY id) IS NULL AS ok FROM geo.pings WHERE game_id = {gameId} AND user_id = {anna.Id}) s");
        Assert.Multiple(async () =>
        {
            Assert.That(ordered, Is.True);
            Assert.That(await Host.Database.ScalarAsync<bool>($"SELECT bool_and(live) FROM geo.pings WHERE game_id = {gameId}"), Is.True);
            Assert.That(anna.Inbox.Count(m => m.Text?.Contains("Трансляция геопозиции принята", StringComparison.Ordinal) == true), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task LeavingTheZone_BeyondTheGrace_WarnsOnce_AndComingBackClears_WhileDoubtfulPointsNeverAlert()
    {
        var (gameId, anna, boris) = await RunningGameAsync("Прятки у границы");
        var live = boris.StartsLiveLocation(CentreLat, CentreLon);
        await boris.ExpectsAsync("Трансляция геопозиции принята!");

        Host.Clock.Advance(TimeSpan.FromSeconds(10));
        boris.MovesLiveLocation(live, CentreLat + 0.0001, CentreLon, accuracy: 900);          // poor accuracy, and far out below
        Host.Clock.Advance(TimeSpan.FromSeconds(5));
        boris.MovesLiveLocation(live, CentreLat + 0.2, CentreLon);                           // a 22 km teleport
        Host.Clock.Advance(TimeSpan.FromSeconds(5));
        boris.MovesLiveLocation(live, CentreLat, CentreLon);
        await Eventually.That(async () => await Pings(gameId, boris.Id) == 4, TimeSpan.FromSeconds(10));
        var flags = await Host.Database.ScalarAsync<string>($"SELECT string_agg(coalesce(flags, '-'), ' | ' ORDER BY id) FROM geo.pings WHERE game_id = {gameId} AND user_id = {boris.Id}");

        // Out at a car's pace: 0.007° of latitude is about 780 m; the zone's radius is 1500 m.
        foreach (var (seconds, offset) in new[] { (60, 0.007), (60, 0.014), (60, 0.0205), (20, 0.0207), (20, 0.0209) })
        {
            Host.Clock.Advance(TimeSpan.FromSeconds(seconds));
            boris.MovesLiveLocation(live, CentreLat + offset, CentreLon);
        }

        var warning = await boris.ExpectsAsync("Вы вне зоны игры «Парк Горького»");
        await Olga.ExpectsAsync("Борис вне зоны игры");
        foreach (var offset in new[] { 0.014, 0.007 })
        {
            Host.Clock.Advance(TimeSpan.FromSeconds(60));
            boris.MovesLiveLocation(live, CentreLat + offset, CentreLon);
        }

        await boris.ExpectsAsync("Вы снова в зоне «Парк Горького»");
        await Olga.ExpectsAsync("Борис вернулся(ась) в зону");

        Assert.Multiple(() =>
        {
            Assert.That(flags, Is.EqualTo("- | accuracy | speed,jump | speed,jump"));
            Assert.That(boris.Inbox.Count(m => m.Text?.Contains("Вы вне зоны", StringComparison.Ordinal) == true), Is.EqualTo(1), "warned exactly once");
            Assert.That(warning.Text, Does.Contain("м). Вернитесь"));
            Assert.That(anna.Inbox.Any(m => m.Text?.Contains("вне зоны", StringComparison.Ordinal) == true), Is.False, "other players never hear where anyone is");
        });
    }

    [Test]
    public async Task SilentForFiveMinutes_TheNudgeComesOnce_AndOutsideAGameNothingIsKept()
    {
        var (gameId, anna, boris) = await RunningGameAsync("Прятки в тишине");
        anna.SendsLocation(CentreLat, CentreLon);
        await anna.ExpectsAsync("Лучше включите трансляцию");

        Host.Clock.Advance(TimeSpan.FromMinutes(6));
        await anna.ExpectsAsync("Мы уже 5 минут не получаем вашу геопозицию", TimeSpan.FromSeconds(20));
        Host.Clock.Advance(TimeSpan.FromMinutes(3));
        await Task.Delay(TimeSpan.FromSeconds(6));

        var stranger = Host.User("Прохожий");
        await Newcomer.SignUpAsync(stranger, "Прохожий");
        stranger.SendsLocation(CentreLat, CentreLon);
        await stranger.ExpectsAsync("Геопозиция нужна только во время игры");

        Assert.Multiple(async () =>
        {
            Assert.That(anna.Inbox.Count(m => m.Text?.Contains("5 минут не получаем", StringComparison.Ordinal) == true), Is.EqualTo(1));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.pings WHERE user_id = {stranger.Id}"), Is.Zero);
        });
    }

    [Test]
    public async Task Where_ListsEveryPlayerWithAPinButton_AndDrawsTheZone()
    {
        var (gameId, anna, boris) = await RunningGameAsync("Прятки на карте");
        anna.StartsLiveLocation(CentreLat + 0.003, CentreLon + 0.003);
        boris.StartsLiveLocation(CentreLat + 0.03, CentreLon);
        await Eventually.That(async () => await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.positions WHERE game_id = {gameId}") == 2, TimeSpan.FromSeconds(10));

        Olga.Says($"/where {gameId}");
        var list = await Olga.ExpectsAsync("Прятки на карте — где игроки");
        var map = await Olga.ExpectsAsync(m => m.PhotoFileId is not null && m.Text?.Contains("Зона «Парк Горького»", StringComparison.Ordinal) == true, "the overview picture");
        await Olga.PressesDataAsync(list, list.InlineButtons.First(b => b.Label.Contains("Борис", StringComparison.Ordinal)).Data!);
        var pin = await Olga.ExpectsAsync(m => m.Location is not null, "Boris's pin");
        anna.Says("/where");

        Assert.Multiple(async () =>
        {
            Assert.That(list.Text, Does.Contain("Анна — 0 мин назад").And.Contain("в зоне, трансляция"));
            Assert.That(list.Text, Does.Contain("Борис — 0 мин назад").And.Contain("❗ вне зоны"));
            Assert.That(list.Text, Does.Contain("3. 🔍").And.Contain("геопозиции нет"));
            Assert.That(map.DocumentContent!.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG");
            Assert.That(pin.Location!.Value.Latitude, Is.EqualTo(CentreLat + 0.03).Within(1e-6));
            Assert.That((await anna.ExpectsAsync("Эта функция недоступна.")).Text, Is.Not.Null);
        });
    }

    [Test]
    public async Task Retention_KeepsOnlySummariesOfOldGames_AndForgetMeDropsAPlayersPointsAtOnce()
    {
        var (gameId, anna, boris) = await RunningGameAsync("Прятки для архива");
        anna.StartsLiveLocation(CentreLat, CentreLon);
        boris.StartsLiveLocation(CentreLat, CentreLon);
        await Eventually.That(async () => await Pings(gameId, anna.Id) + await Pings(gameId, boris.Id) == 2, TimeSpan.FromSeconds(10));
        Assert.That((await ControlAsync(c => c.EndNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        await Eventually.That(async () => await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.ended_games WHERE game_id = {gameId}") == 1, TimeSpan.FromSeconds(10));

        await InBotAsync(async s => { await s.Resolve<IEventBus>().PublishAsync(new PlayerForgetRequested(boris.Id), CancellationToken.None); return true; });
        await Eventually.That(async () => await Pings(gameId, boris.Id) == 0, TimeSpan.FromSeconds(10));
        Host.Clock.Advance(TimeSpan.FromDays(8));

        await Eventually.That(async () => await Pings(gameId, anna.Id) == 0, TimeSpan.FromSeconds(20), "the daily retention run");
        Assert.Multiple(async () =>
        {
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT pings FROM geo.track_summaries WHERE game_id = {gameId} AND user_id = {anna.Id}"), Is.EqualTo(1));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.track_summaries WHERE user_id = {boris.Id}"), Is.Zero);
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.positions WHERE game_id = {gameId}"), Is.Zero);
        });
    }

    private async Task<(long GameId, VirtualUser Driver, VirtualUser Seeker)> RunningGameAsync(string title)
    {
        var gameId = await CreateGameAsync(title, maxDrivers: 1);
        var anna = await PlayerAsync("Анна", gameId, driver: true);
        var boris = await PlayerAsync("Борис", gameId);
        await PlayerAsync("Вера", gameId);
        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        await boris.ExpectsAsync("Включите трансляцию геопозиции");
        await anna.ExpectsAsync("Включите трансляцию геопозиции");
        return (gameId, anna, boris);
    }

    private Task<long> Pings(long gameId, long userId) => Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.pings WHERE game_id = {gameId} AND user_id = {userId}");
}
