using Pryton.EndToEndTests.Games;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Admin;

/// <summary>
/// Who is an organiser: one is made in the bot and gets the panel and the commands; revoked, they lose both at
/// once. A stranger replaying every admin button and command changes nothing, and each attempt is in the audit.
/// </summary>
public sealed class AdminAccessTests : GameFixture
{
    [Test]
    public async Task AnOrganiserMadeInTheBot_GetsThePanel_AndRevoked_LosesItAtOnce()
    {
        var gameId = await CreateGameAsync("Прятки для новичка");
        var petr = await PlayerAsync("Пётр", gameId);

        Olga.Says("/admin");
        await Olga.PressesAsync("👥 Организаторы");
        await Olga.PressesAsync("➕ Назначить организатора");
        await Olga.ExpectsAsync("Кого назначить организатором?");
        Olga.Says("123456789");
        await Olga.ExpectsAsync("Человек с id 123456789 ещё не пользовался ботом.");
        Olga.Says("тот парень");
        await Olga.ExpectsAsync("Не вижу, о ком речь");
        Olga.Says(petr.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Olga.ExpectsAsync("✅ Пётр теперь организатор.");

        await petr.ExpectsAsync("Вам выдали права организатора.");
        await Eventually.That(() => petr.Inbox.Any(m => m.ReplyButtons.Any(b => b.Label == "🛠 Панель организатора")), TimeSpan.FromSeconds(10), "the panel button");
        await Eventually.That(() => Host.Api.State.Commands($"chat:{petr.Id}:")?.ToJsonString().Contains("\"audit\"", StringComparison.Ordinal) == true,
            TimeSpan.FromSeconds(10), "the admin commands in Пётр's menu");
        petr.Says("/admin");
        var panel = await petr.ExpectsAsync("Панель организатора");

        Olga.Says("/admin");
        await Olga.PressesAsync("👥 Организаторы");
        await Olga.PressesAsync("➖ Снять: Пётр");
        await Olga.ExpectsAsync("Снять права организатора с Пётр?");
        var revoked = await Olga.PressesAsync("Да, снять");
        await petr.ExpectsAsync("Права организатора с вас сняты.");

        petr.Says("/admin");
        await petr.ExpectsAsync("Эта функция недоступна.");
        var oldButton = await petr.PressesDataAsync(panel, panel.InlineButtons.First().Data!);
        await Eventually.That(() => Host.Api.State.Commands($"chat:{petr.Id}:") is null, TimeSpan.FromSeconds(10), "the admin commands gone from Пётр's menu");
        Olga.Says("/admin");
        await Olga.PressesAsync("👥 Организаторы");
        var list = await Olga.ExpectsAsync("Организаторы");

        Assert.Multiple(() =>
        {
            Assert.That(revoked, Is.EqualTo("Пётр больше не организатор."));
            Assert.That(oldButton, Is.EqualTo("Эта функция недоступна."));
            Assert.That(list.Text, Does.Contain("Olga").Or.Contain("4242").And.Not.Contain("Пётр"));
            Assert.That(list.InlineButtons.Select(b => b.Label), Has.None.StartsWith("➖"), "the operator's admin cannot be revoked in the bot");
        });
    }

    [Test]
    public async Task AStranger_ReplayingEveryAdminButtonAndCommand_ChangesNothing_AndIsAudited()
    {
        var gameId = await CreateGameAsync("Прятки под охраной");
        var stranger = await PlayerAsync("Чужой", gameId);
        var (callbacks, commands) = Host.AdminRoutes();
        var snapshot = await StateAsync();
        var refusedBefore = await Host.Database.ScalarAsync<long>("SELECT count(*) FROM admin.audit_entries WHERE NOT allowed");

        var toasts = new List<string?>();
        foreach (var action in callbacks)
        {
            foreach (var args in new[] { "", $":{gameId}", $":{gameId}:start", $":{gameId}:cancel-yes", $":{AdminId}:yes", ":ok:yes" })
            {
                toasts.Add(await stranger.PressesDataAsync(stranger.Inbox[^1], action + args));
            }
        }

        foreach (var command in commands)
        {
            stranger.Says($"/{command} {gameId}");
            await stranger.ExpectsAsync("Эта функция недоступна.");
        }

        Assert.Multiple(async () =>
        {
            Assert.That(callbacks, Does.Contain("admin:do").And.Contain("admin:newgame").And.Contain("photos:decide").And.Contain("admin:revoke"));
            Assert.That(commands, Does.Contain("admin").And.Contain("newgame").And.Contain("audit").And.Contain("moderation"));
            Assert.That(toasts, Has.All.EqualTo("Эта функция недоступна."));
            Assert.That(await StateAsync(), Is.EqualTo(snapshot), "games, admins and photos as they were");
            Assert.That(await Host.Database.ScalarAsync<long>("SELECT count(*) FROM admin.audit_entries WHERE NOT allowed") - refusedBefore,
                Is.EqualTo(callbacks.Count * 6 + commands.Count), "every attempt is in the audit");
        });
    }

    private Task<string> StateAsync() => Host.Database.ScalarAsync<string>("""
        SELECT concat_ws('|', (SELECT string_agg(id || status || max_participants, ',' ORDER BY id) FROM games.games),
            (SELECT string_agg(user_id::text, ',' ORDER BY user_id) FROM admin.admins),
            (SELECT count(*) FROM photos.photos), (SELECT count(*) FROM games.game_events))
        """);
}
