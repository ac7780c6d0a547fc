using Autofac;
using Pryton.EndToEndTests.Games;
using Pryton.Kernel.Scheduling;
using Pryton.Modules.Games.Application;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Notifications;

/// <summary>Reminders, the search countdown, announcements and preferences on the fake clock.</summary>
public sealed class ReminderTests : GameFixture
{
    [Test]
    public async Task Reminders_ComeAtTheirInstants_InTheGamesOwnTimeZone_SeatedAndWaitlistedDifferently()
    {
        var startsAt = Host.Clock.GetUtcNow().AddDays(2);
        var game = await InBotAsync(s => s.Resolve<GameCatalog>().CreateAsync(
            new NewGame("Прятки во Владивостоке", CentreId, startsAt, 2, TimeZone: "Asia/Vladivostok"), AdminId, CancellationToken.None));
        var (anna, boris, vera) = (await PlayerAsync("Анна", game.Id, driver: true), await PlayerAsync("Борис", game.Id), Host.User("Вера"));
        await Newcomer.SignUpAsync(vera, "Вера", startPayload: $"g{game.Id}");
        await vera.ExpectsAsync("Места:");
        await vera.PressesAsync("✅ Записаться");
        var local = TimeZoneInfo.ConvertTime(startsAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Vladivostok")).ToString("dd.MM HH:mm");

        var keys = (await JobsAsync(game.Id)).Select(j => (j.Key, j.FireAt)).ToList();
        Host.Clock.Advance(startsAt.AddHours(-24).AddSeconds(1) - Host.Clock.GetUtcNow());
        var day = await anna.ExpectsAsync("начнётся через 24 ч");
        var waiting = await vera.ExpectsAsync("начнётся через 24 ч");
        Host.Clock.Advance(TimeSpan.FromHours(23));
        await boris.ExpectsAsync("начнётся через 60 мин");
        Host.Clock.Advance(TimeSpan.FromMinutes(55));
        var last = await boris.ExpectsAsync("начнётся через 5 мин");

        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.SupersetOf(new (string, DateTimeOffset?)[]
            {
                ($"notifications.reminder.{game.Id}.1440", startsAt.AddMinutes(-1440)),
                ($"notifications.reminder.{game.Id}.60", startsAt.AddMinutes(-60)),
                ($"notifications.reminder.{game.Id}.5", startsAt.AddMinutes(-5)),
            }));
            Assert.That(day.Text, Does.Contain(local).And.Contain("Место сбора: Центр"));
            Assert.That(day.InlineButtons.Select(b => b.Label), Is.EqualTo(new[] { "🚪 Не смогу, выйти" }));
            Assert.That(waiting.Text, Does.Contain(local).And.Contain("Вы в листе ожидания, место 1"));
            Assert.That(last.Text, Does.Contain(local));
        });
    }

    [Test]
    public async Task MovedOrCancelledGame_MovesOrDropsItsReminders_AndEarlyRemindersCanBeSwitchedOff()
    {
        var gameId = await CreateGameAsync("Прятки с переносом", startsIn: TimeSpan.FromDays(2));
        var gleb = await PlayerAsync("Глеб", gameId);
        var dina = await PlayerAsync("Дина", gameId);
        dina.Says("/notifications");
        await dina.ExpectsAsync("Какие уведомления получать");
        var switched = await dina.PressesAsync("✅ Ранние напоминания (за сутки)");
        Assert.That(switched, Is.EqualTo("Выключено."));

        var newStart = Host.Clock.GetUtcNow().AddDays(3);
        Assert.That((await ControlAsync(c => c.RescheduleAsync(gameId, AdminId, newStart, CancellationToken.None))).Succeeded);
        await Eventually.That(async () => (await JobsAsync(gameId)).Any(j => j.Key.EndsWith(".1440", StringComparison.Ordinal) && j.FireAt == newStart.AddDays(-1)), TimeSpan.FromSeconds(10));
        Host.Clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromMinutes(1)));
        await gleb.ExpectsAsync("начнётся через 24 ч");
        await Task.Delay(1500);

        Assert.That((await ControlAsync(c => c.CancelAsync(gameId, AdminId, "дождь", CancellationToken.None))).Succeeded);
        await Eventually.That(async () => !(await JobsAsync(gameId)).Any(j => j.Key.StartsWith("notifications.", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        Assert.That(dina.Inbox.Any(m => m.Text?.Contains("через 24 ч", StringComparison.Ordinal) == true), Is.False, "an early reminder switched off");
    }

    [Test]
    public async Task NewGame_IsAnnouncedToItsDistrictsSubscribers_WithAJoinButton()
    {
        var fan = Host.User("Фан");
        await Newcomer.SignUpAsync(fan, "Фан");
        await fan.ExpectsAsync("вы зарегистрированы!");
        fan.Says("/subscribe");
        await fan.PressesAsync("▫️ Центр");
        await fan.ExpectsAsync("О новых играх");

        var gameId = await CreateGameAsync("Прятки для подписчиков");
        var announce = await fan.ExpectsAsync("Новая игра в районе Центр: Прятки для подписчиков");
        await fan.PressesDataAsync(announce, announce.InlineButtons.First(b => b.Label == "✅ Записаться").Data!);

        Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_players WHERE game_id = {gameId} AND user_id = {fan.Id} AND status = 'seated'"), Is.EqualTo(1));
    }

    private Task<IReadOnlyList<ScheduledJob>> JobsAsync(long gameId) =>
        InBotAsync(s => s.Resolve<IJobScheduler>().ListAsync($"notifications.game.{gameId}", CancellationToken.None));
}
