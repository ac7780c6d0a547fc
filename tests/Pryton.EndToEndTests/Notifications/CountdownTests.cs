using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.EndToEndTests.Games;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.UnitOfWork;
using Pryton.Modules.Notifications.Jobs;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Notifications;

/// <summary>
/// The live countdown: ten minutes before the start one message appears and is edited minute by minute, then in
/// seconds; the start closes it and the hiding gets its own; a pause holds it, the resume goes on, the end closes it.
/// </summary>
public sealed class CountdownTests : GameFixture
{
    [Test]
    public async Task OneMessageEach_EditedInPlace_FromTenMinutesBeforeTheStart_ThroughAPause_ToTheEnd()
    {
        var gameId = await CreateGameAsync("Прятки с отсчётом", maxDrivers: 1);
        var (anna, boris, vera) = (await PlayerAsync("Анна", gameId, driver: true), await PlayerAsync("Борис", gameId), await PlayerAsync("Вера", gameId));
        var startsAt = (DateTimeOffset)await Host.Database.ScalarAsync<DateTime>($"SELECT starts_at FROM games.games WHERE id = {gameId}");

        await AdvanceToAsync(startsAt.AddMinutes(-10));
        var board = await boris.ExpectsAsync("⏱ До старта «Прятки с отсчётом» — 10 мин");
        var shown = new List<string> { "10 мин" };
        foreach (var (step, label) in new[] { (-9 * 60, "9 мин"), (-2 * 60, "2 мин"), (-60, "1 мин"), (-45, "45 сек"), (-30, "30 сек"), (-15, "15 сек"), (-5, "5 сек") })
        {
            await AdvanceToAsync(startsAt.AddSeconds(step));
            var edited = await boris.ExpectsAsync($"— {label}");
            Assert.That(edited.MessageId, Is.EqualTo(board.MessageId), $"'{label}' edits the same message");
            shown.Add(label);
        }

        await AdvanceUntilAsync(startsAt, gameId, "hiding_phase");
        var started = await boris.ExpectsAsync("⏱ «Прятки с отсчётом» началась!");
        var hiding = await vera.ExpectsAsync("⏱ Прятки «Прятки с отсчётом»: поиск начнётся через 30 мин");

        Assert.That((await ControlAsync(c => c.PauseAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        var held = await vera.ExpectsAsync("на паузе — отсчёт продолжится");
        Host.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.That((await ControlAsync(c => c.ResumeAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        var resumed = await vera.ExpectsAsync("поиск начнётся через 30 мин");
        await AdvanceToAsync(Host.Clock.GetUtcNow().AddMinutes(1));
        await vera.ExpectsAsync("поиск начнётся через 29 мин");

        Assert.That((await ControlAsync(c => c.EndNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        var over = await vera.ExpectsAsync("⏱ «Прятки с отсчётом» окончена.");

        Assert.Multiple(() =>
        {
            Assert.That(started.MessageId, Is.EqualTo(board.MessageId), "the start closes the start's countdown");
            Assert.That(new[] { held.MessageId, resumed.MessageId, over.MessageId }, Has.All.EqualTo(hiding.MessageId), "the hiding has one message, edited");
            Assert.That(vera.Inbox.Count(m => m.Text?.StartsWith('⏱') == true), Is.EqualTo(2), "one message for the start, one for the hiding");
            Assert.That(anna.Inbox.Count(m => m.Text?.StartsWith('⏱') == true), Is.EqualTo(2));
        });
    }

    /// <summary>Moves the fake clock to an instant (a hair past it: the database keeps microseconds).</summary>
    private async Task AdvanceToAsync(DateTimeOffset instant)
    {
        var step = instant.AddMilliseconds(1) - Host.Clock.GetUtcNow();
        if (step > TimeSpan.Zero)
        {
            Host.Clock.Advance(step);
        }

        await Task.Yield();
    }
}

/// <summary>
/// The countdown in Telegram's real limits (one message a second per chat, thirty overall): when ticks come faster
/// than a chat may be edited, the edits waiting in the queue are replaced by the newest, never stacked.
/// </summary>
public sealed class CountdownPacingTests
{
    [Test]
    public async Task TicksFasterThanAChatMayBeEdited_AreCoalesced_AndTheLastOneWins()
    {
        await using var host = await BotTestHost.StartAsync(s => s with { SendRate = 30, SendRatePerChat = 1 });
        var ids = Enumerable.Range(0, 40).Select(i => 910_000L + i).ToList();
        var players = string.Join(", ", ids.Select(id => $"({id}, {id}, 'P{id}', 'any', 1, now(), now(), now())"));
        var startsAt = host.Clock.GetUtcNow().AddMinutes(30);
        await host.Database.ExecuteAsync($"""
            INSERT INTO geo.districts (name, is_active, created_at) VALUES ('Центр', true, now());
            INSERT INTO registration.players (user_id, chat_id, display_name, preferred_role, rules_version, rules_accepted_at, registered_at, updated_at) VALUES {players};
            """);
        await host.Database.ExecuteAsync($"""
            INSERT INTO games.games (title, district_id, time_zone, starts_at, max_participants, max_drivers, min_participants, hiding_minutes, searching_minutes, status, created_by, created_at)
                VALUES ('Быстрый отсчёт', 1, 'Europe/Moscow', '{startsAt:O}', 40, 4, 3, 30, 60, 'full', 1, now());
            INSERT INTO games.game_players (game_id, user_id, status, joined_at, updated_at)
                SELECT 1, u, 'seated', now(), now() FROM unnest(ARRAY[{string.Join(",", ids)}]::bigint[]) u;
            """);
        // The game was created behind the bot's back: plan its countdown as GameCreated would.
        await host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", async (scope, ct) =>
        {
            await scope.Resolve<IJobScheduler>().ScheduleAsync(CountdownData.Key(1), "notifications.game.1", startsAt.AddMinutes(-10), new CountdownData(1, "start", startsAt), ct);
            return true;
        }, CancellationToken.None);

        // Ten minutes of ticks in a second or two: far faster than one edit a second per chat. Each tick is let to
        // run (it plans the next) before the clock moves on, so none is skipped as late.
        var scheduler = host.App!.Services.GetRequiredService<IUnitOfWork>();
        for (var minute = 10; minute >= 1; minute--)
        {
            host.Clock.Advance(startsAt.AddMinutes(-minute).AddMilliseconds(1) - host.Clock.GetUtcNow());
            var next = minute > 1 ? startsAt.AddMinutes(1 - minute) : startsAt.AddSeconds(-45);
            await Eventually.That(async () =>
            {
                // The scheduler's idle wait runs on the fake clock: a wait that began just after a jump needs the clock to move on.
                host.Clock.Advance(TimeSpan.FromMilliseconds(100));
                var pending = await scheduler.RunAsync("test", (scope, ct) => scope.Resolve<IJobScheduler>().ListAsync("notifications.game.1", ct), CancellationToken.None);
                return pending.Any(j => j.FireAt is { } at && (at - next).Duration() < TimeSpan.FromSeconds(1));
            }, TimeSpan.FromSeconds(20), $"the tick of -{minute} min planned the next");
        }

        bool Says1Min(EmulatedMessage m) => m.Text?.EndsWith("— 1 мин (в " + startsAt.ToOffset(TimeSpan.FromHours(3)).ToString("HH:mm") + ").", StringComparison.Ordinal) == true;
        await Eventually.That(() => ids.All(id => host.Api.State.Messages(id).Any(Says1Min)), TimeSpan.FromSeconds(60), "everyone sees the last tick");
        var calls = host.Api.Calls.Where(c => c.Status == 200 && c.Method is "sendMessage" or "editMessageText").ToList();
        var edits = calls.Count(c => c.Method == "editMessageText");
        TestContext.Out.WriteLine($"{ids.Count} players, 10 ticks: {calls.Count(c => c.Method == "sendMessage")} messages, {edits} edits");

        Assert.Multiple(() =>
        {
            Assert.That(ids.Select(id => host.Api.State.Messages(id).Count(m => m.FromBot)), Has.All.EqualTo(1), "one countdown message each");
            Assert.That(edits, Is.LessThan(ids.Count * 9), "edits waiting in the queue were replaced, not stacked");
            Assert.That(Pace.MaxInAnySecond(calls), Is.LessThanOrEqualTo(30), "the global limit");
            Assert.That(Pace.TightestChatGap(calls), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)), "one call a second per chat");
        });
    }
}
