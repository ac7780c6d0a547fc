using Autofac;
using Pryton.Contracts.Games;
using Pryton.Kernel.Scheduling;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Games;

/// <summary>The lifecycle of GAME-RULES §3 on the fake clock: start, phases, the organisers' hands, the end.</summary>
public sealed class GameLifecycleTests : GameFixture
{
    [Test]
    public async Task ScheduledStart_DrawsRoles_EachRoleHearsItsPart_AndTheLastFindEndsTheGameWithResults()
    {
        var gameId = await CreateGameAsync("Прятки у парка", maxDrivers: 1);
        var (anna, boris, vera) = (await PlayerAsync("Анна", gameId, driver: true), await PlayerAsync("Борис", gameId), await PlayerAsync("Вера", gameId));
        var startsAt = Host.Clock.GetUtcNow().AddHours(3);

        await AdvanceUntilAsync(startsAt, gameId, "hiding_phase");

        var driverStart = await anna.ExpectsAsync("Ваша роль: 🚗 Водитель");
        await anna.ExpectsAsync(m => m.Location is not null, "the zone centre on the map");
        var seekerStart = await boris.ExpectsAsync("Ваша роль: 🔍 Искатель");
        await vera.ExpectsAsync("Водители прячутся до");
        await Olga.ExpectsAsync("началась по расписанию. Игроков: 3. Водители: Анна.");

        Assert.That(await InBotAsync(s => s.Resolve<IGameProgress>().DriverHidAsync(gameId, anna.Id, CancellationToken.None)), Is.True);
        await anna.ExpectsAsync("✅ Вы спрятались.");
        var search = await boris.ExpectsAsync("начался поиск");
        await anna.ExpectsAsync("Не двигайтесь с места.");
        await Olga.ExpectsAsync("Спрятались все.");

        Host.Clock.Advance(TimeSpan.FromMinutes(12));
        var found = await InBotAsync(s => s.Resolve<IGameProgress>().DriverFoundAsync(gameId, anna.Id, vera.Id, null, CancellationToken.None));
        var again = await InBotAsync(s => s.Resolve<IGameProgress>().DriverFoundAsync(gameId, anna.Id, boris.Id, null, CancellationToken.None));

        await anna.ExpectsAsync("📸 Вас нашёл(ла) Вера.");
        await vera.ExpectsAsync("🎉 Подтверждено: вы нашли машину игрока Анна!");
        var annaResults = await anna.ExpectsAsync("окончена — все водители найдены.");
        var veraResults = await vera.ExpectsAsync("окончена — все водители найдены.");
        var borisResults = await boris.ExpectsAsync("окончена — все водители найдены.");
        await Olga.ExpectsAsync("Анна — нашёл(ла) Вера через 12 мин");
        Assert.Multiple(async () =>
        {
            Assert.That(driverStart.Text, Does.Contain("в зоне «Парк Горького» (радиус 1500 м"));
            Assert.That(seekerStart.Text, Does.Contain("не следите за ними"));
            Assert.That(search.Text, Does.Contain("• Анна: Kia Rio, белый, A"));
            Assert.That((found, again), Is.EqualTo((true, false)), "a find is recorded once");
            Assert.That(annaResults.Text, Does.Contain("Вас нашли через 12 мин."));
            Assert.That(veraResults.Text, Does.Contain("⚡ Быстрее всех: Вера, 12 мин.").And.Contain("Найдено вами машин: 1."));
            Assert.That(borisResults.Text, Does.Contain("Найдено вами машин: 0."));
            Assert.That(await StatusAsync(gameId), Is.EqualTo("completed"));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_events WHERE game_id = {gameId} AND kind = 'driver_found'"), Is.EqualTo(1));
            Assert.That(await JobsAsync(gameId), Is.Empty, "a finished game leaves no timers");
        });
    }

    [Test]
    public async Task TooFewPlayers_AtTheStartTime_CancelTheGame_AndEveryoneHearsWhy()
    {
        var gameId = await CreateGameAsync("Прятки без игроков", minPlayers: 3);
        var (gleb, dina) = (await PlayerAsync("Глеб", gameId, driver: true), await PlayerAsync("Дина", gameId));

        await AdvanceUntilAsync(Host.Clock.GetUtcNow().AddHours(3), gameId, "canceled");

        await gleb.ExpectsAsync("Причина: записалось 2, а нужно не меньше 3");
        await dina.ExpectsAsync("❌ Игра Прятки без игроков");
        await Olga.ExpectsAsync("Прятки без игроков");
        Assert.That(await JobsAsync(gameId), Is.Empty);
    }

    [Test]
    public async Task PauseAndResume_MoveTheDeadlineByExactlyThePause_AndItsTimerWithIt()
    {
        var gameId = await StartedGameAsync("Прятки с паузой");
        var deadline = await PhaseEndsAtAsync(gameId);

        Assert.That((await ControlAsync(c => c.PauseAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        var whilePaused = await JobsAsync(gameId);
        var pauseAgain = await ControlAsync(c => c.PauseAsync(gameId, AdminId, CancellationToken.None));
        Host.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.That((await ControlAsync(c => c.ResumeAsync(gameId, AdminId, CancellationToken.None))).Succeeded);

        var shifted = await PhaseEndsAtAsync(gameId);
        var timer = (await JobsAsync(gameId)).Single(j => j.Key == $"games.phase-end.{gameId}.hiding");
        Assert.Multiple(() =>
        {
            Assert.That(whilePaused.Where(j => j.Key.StartsWith("games.phase-end", StringComparison.Ordinal)), Is.Empty, "a paused clock has no timer");
            Assert.That(pauseAgain.Refusal, Is.EqualTo(ControlRefusal.Paused));
            Assert.That(shifted - deadline, Is.EqualTo(TimeSpan.FromMinutes(10)));
            Assert.That(timer.FireAt!.Value - shifted, Is.LessThan(TimeSpan.FromMilliseconds(1)));
        });
    }

    [Test]
    public async Task TimerAndAdmin_EndingTheHidingTogether_MakeOneTransition()
    {
        var gameId = await StartedGameAsync("Прятки наперегонки");
        Host.Clock.Advance(await PhaseEndsAtAsync(gameId) - Host.Clock.GetUtcNow() - TimeSpan.FromMilliseconds(200));

        var admin = ControlAsync(c => c.StartSearchNowAsync(gameId, AdminId, CancellationToken.None));
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var byAdmin = await admin;

        await Eventually.That(async () => await StatusAsync(gameId) == "searching_phase", TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(6)); // the timer has had its chance to fire as well
        Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_events WHERE game_id = {gameId} AND kind = 'search_started'"), Is.EqualTo(1));
        Assert.That(byAdmin.Succeeded || byAdmin.Refusal == ControlRefusal.WrongStage);
    }

    [Test]
    public async Task Restart_InTheMiddleOfHiding_StillEndsThePhaseAtItsOriginalInstant()
    {
        var gameId = await StartedGameAsync("Прятки с перезапуском");
        var deadline = await PhaseEndsAtAsync(gameId);
        Host.Clock.Advance(TimeSpan.FromMinutes(10));

        await Host.RestartAsync(graceful: false);
        await AdvanceUntilAsync(deadline, gameId, "searching_phase");

        var searchStarted = await Host.Database.ScalarAsync<DateTime>($"SELECT search_started_at FROM games.games WHERE id = {gameId}");
        Assert.That((new DateTimeOffset(searchStarted, TimeSpan.Zero) - deadline).Duration(), Is.LessThanOrEqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task BotDownAcrossTheDeadlines_KeepsTheAnnouncedInstants_WhenItComesBack()
    {
        var gameId = await StartedGameAsync("Прятки после простоя");
        var hidingEnds = await PhaseEndsAtAsync(gameId);
        var searchingMinutes = await Host.Database.ScalarAsync<int>($"SELECT searching_minutes FROM games.games WHERE id = {gameId}");

        await Host.StopAppAsync(graceful: false);
        Host.Clock.Advance(hidingEnds - Host.Clock.GetUtcNow() + TimeSpan.FromMinutes(3));
        await Host.StartAppAsync();
        await Eventually.That(async () => await StatusAsync(gameId) == "searching_phase", TimeSpan.FromSeconds(20));

        var searchStarted = await Host.Database.ScalarAsync<DateTime>($"SELECT search_started_at FROM games.games WHERE id = {gameId}");
        var searchEnds = await PhaseEndsAtAsync(gameId);
        Assert.Multiple(() =>
        {
            Assert.That(new DateTimeOffset(searchStarted, TimeSpan.Zero), Is.EqualTo(hidingEnds).Within(TimeSpan.FromMilliseconds(1)), "the search began when hiding was due to end");
            Assert.That(searchEnds, Is.EqualTo(hidingEnds.AddMinutes(searchingMinutes)).Within(TimeSpan.FromMilliseconds(1)), "and ends when it was always going to");
        });

        await AdvanceUntilAsync(searchEnds, gameId, "completed");
        var endedAt = await Host.Database.ScalarAsync<DateTime>($"SELECT ended_at FROM games.games WHERE id = {gameId}");
        Assert.That(new DateTimeOffset(endedAt, TimeSpan.Zero), Is.EqualTo(searchEnds).Within(TimeSpan.FromMilliseconds(1)));
    }

    [Test]
    public async Task ATimerLostBetweenACommitAndTheScheduler_IsPutBackWithinAMinute()
    {
        var gameId = await StartedGameAsync("Прятки с потерянным таймером");
        var deadline = await PhaseEndsAtAsync(gameId);
        var key = $"games.phase-end.{gameId}.hiding";
        await InBotAsync(async s => { await s.Resolve<IJobScheduler>().CancelAsync(key, CancellationToken.None); return true; });
        var lost = (await JobsAsync(gameId)).Select(j => j.Key).ToList();

        await Eventually.That(async () =>
        {
            Host.Clock.Advance(TimeSpan.FromSeconds(5)); // the check runs every minute
            return (await JobsAsync(gameId)).Any(j => j.Key == key);
        }, TimeSpan.FromSeconds(30), "the timer is back");
        await AdvanceUntilAsync(deadline, gameId, "searching_phase");

        Assert.Multiple(async () =>
        {
            Assert.That(lost, Does.Not.Contain(key));
            Assert.That(await Host.Database.ScalarAsync<DateTime>($"SELECT search_started_at FROM games.games WHERE id = {gameId}"),
                Is.EqualTo(deadline.UtcDateTime).Within(TimeSpan.FromMilliseconds(1)), "at the announced instant");
        });
    }

    [Test]
    public async Task CancellingAGame_DropsEveryTimer_AndTellsThePlayersTheReason()
    {
        var gameId = await CreateGameAsync("Отменённые прятки");
        var ivan = await PlayerAsync("Иван", gameId);
        var before = await JobsAsync(gameId);

        var result = await ControlAsync(c => c.CancelAsync(gameId, AdminId, "гроза", CancellationToken.None));
        var twice = await ControlAsync(c => c.CancelAsync(gameId, AdminId, "гроза", CancellationToken.None));

        await ivan.ExpectsAsync("Причина: гроза");
        Assert.Multiple(async () =>
        {
            Assert.That(before.Select(j => j.Key), Does.Contain($"games.start.{gameId}"));
            Assert.That(result.Succeeded);
            Assert.That(twice.Refusal, Is.EqualTo(ControlRefusal.WrongStage));
            Assert.That(await JobsAsync(gameId), Is.Empty);
        });
    }

    [Test]
    public async Task AuditLog_RefusesAnyChange()
    {
        var gameId = await CreateGameAsync("Прятки для протокола");
        Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_events WHERE game_id = {gameId}"), Is.Positive);
        Assert.That(async () => await Host.Database.ExecuteAsync($"UPDATE games.game_events SET kind = 'forged' WHERE game_id = {gameId}"), Throws.Exception.With.Message.Contains("append-only"));
        Assert.That(async () => await Host.Database.ExecuteAsync($"DELETE FROM games.game_events WHERE game_id = {gameId}"), Throws.Exception.With.Message.Contains("append-only"));
    }

    /// <summary>A game with a driver and two seekers, started by the admin a little early.</summary>
    private async Task<long> StartedGameAsync(string title)
    {
        var gameId = await CreateGameAsync(title, maxDrivers: 1);
        await PlayerAsync("Водитель " + gameId, gameId, driver: true);
        await PlayerAsync("Искатель А" + gameId, gameId);
        await PlayerAsync("Искатель Б" + gameId, gameId);
        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        return gameId;
    }

    private Task<IReadOnlyList<ScheduledJob>> JobsAsync(long gameId) =>
        InBotAsync(s => s.Resolve<IJobScheduler>().ListAsync($"games.game.{gameId}", CancellationToken.None));
}
