using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.Contracts.Games;
using Pryton.Kernel.UnitOfWork;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Menu;

/// <summary>A phase change for a hundred players: one menu message each, within Telegram's limits.</summary>
public sealed class MenuFanOutTests
{
    [Test]
    public async Task GameStartFor100Players_SendsOneMenuEach_WithinTheRateLimits()
    {
        await using var host = await BotTestHost.StartAsync(s => s with { SendRate = 30, SendRatePerChat = 1 });
        var ids = Enumerable.Range(0, 100).Select(i => 700_000L + i).ToList();
        var players = string.Join(", ", ids.Select(id =>
            $"({id}, {id}, 'P{id}', {(id % 10 == 0 ? "'driver', 'Lada', 'red', 'A1" + id % 1000 + "AA77'" : "'any', NULL, NULL, NULL")}, 1, now(), now(), now())"));
        await host.Database.ExecuteAsync($"""
            INSERT INTO geo.districts (name, is_active, created_at) VALUES ('Центр', true, now());
            INSERT INTO registration.players (user_id, chat_id, display_name, preferred_role, car_brand, car_colour, car_plate, rules_version, rules_accepted_at, registered_at, updated_at)
                VALUES {players};
            INSERT INTO games.games (title, district_id, time_zone, starts_at, max_participants, max_drivers, min_participants, hiding_minutes, searching_minutes, status, created_by, created_at)
                VALUES ('Большая игра', 1, 'Europe/Moscow', now() + interval '1 day', 100, 5, 3, 30, 60, 'full', 1, now());
            INSERT INTO games.game_players (game_id, user_id, status, joined_at, updated_at)
                SELECT 1, u, 'seated', now(), now() FROM unnest(ARRAY[{string.Join(",", ids)}]::bigint[]) u;
            """);

        var started = await host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, ct) =>
            scope.Resolve<IGameControl>().StartNowAsync(1, 1, ct), CancellationToken.None);
        Assert.That(started.Succeeded);

        bool IsMenu(Sandbox.Emulator.RecordedCall c) => c.Method == "sendMessage" && ((string?)c.Body["text"])?.Contains("Меню игры", StringComparison.Ordinal) == true;
        await Eventually.That(() => host.Api.Calls.Count(IsMenu) >= 100, TimeSpan.FromSeconds(60), "every player's menu");
        var calls = host.Api.Calls.Where(c => c.Method.StartsWith("send", StringComparison.Ordinal) && c.Status == 200).OrderBy(c => c.At).ToList();
        var busiestSecond = calls.Select((c, i) => calls.Skip(i).TakeWhile(o => o.At - c.At < TimeSpan.FromSeconds(1)).Count()).Max();
        var tightestChatGap = calls.GroupBy(c => c.ChatId).Where(g => g.Count() > 1)
            .Min(g => g.Zip(g.Skip(1), (a, b) => b.At - a.At).Min());

        Assert.Multiple(() =>
        {
            Assert.That(host.Api.Calls.Where(IsMenu).GroupBy(c => c.ChatId).Select(g => g.Count()).Distinct(), Is.EqualTo(new[] { 1 }), "one menu message each");
            Assert.That(busiestSecond, Is.LessThanOrEqualTo(31), "the global limit of 30 messages a second");
            Assert.That(tightestChatGap, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)), "one message a second per chat");
        });
    }
}
