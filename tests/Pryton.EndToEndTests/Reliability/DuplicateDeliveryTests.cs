using System.Text.Json.Nodes;
using Pryton.Contracts.Games;
using Pryton.EndToEndTests.Games;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Reliability;

/// <summary>
/// Telegram delivers at least once. Every update of a newcomer's evening — each sign-up answer, the contact, the
/// buttons, joining a game, the live location and its moves, the hiding photo — arrives two to five times here, and
/// each has exactly one effect: one answer, one seat, one point, one hiding.
/// </summary>
public sealed class DuplicateDeliveryTests : GameFixture
{
    private readonly Random random = new(20261126);
    private int copies;

    [Test]
    public async Task EveryUpdateDeliveredTwoToFiveTimes_HasOneEffect()
    {
        await SettingsAsync(new GameSettings { AutoStartSearching = false }); // the search waits for its timer: nothing arrives unasked
        var gameId = await CreateGameAsync("Прятки-эхо", capacity: 4, maxDrivers: 1, startsIn: TimeSpan.FromHours(1), minPlayers: 2);
        var seeker = await PlayerAsync("Сеня", gameId);
        var driver = Host.User("Дубль");

        driver.Says($"/start g{gameId}");
        await Repeated(driver, "Это Прятон");
        await driver.PressesAsync("📝 Зарегистрироваться");
        await Repeated(driver, "Как вас называть");
        driver.Says("Дубль");
        await Repeated(driver, "Оставьте телефон");
        driver.PressesReplyButton("📱 Поделиться номером", phone: "+7 999 000-11-22");
        await Repeated(driver, "В каком районе");
        await driver.PressesAsync("Центр");
        await Repeated(driver, "Кем вы хотите играть?");
        await driver.PressesAsync("🚗 Водитель");
        await Repeated(driver, "Марка машины?");
        driver.Says("Kia Rio");
        await Repeated(driver, "Цвет машины?");
        driver.Says("белый");
        await Repeated(driver, "Госномер машины?");
        driver.Says("а777вс 77");
        await Repeated(driver, "Чтобы играть, их нужно принять.");
        await driver.PressesAsync("✅ Принимаю");
        await driver.ExpectsAsync("Места:");
        await Repeated(driver, "вы зарегистрированы!");
        await driver.PressesAsync("✅ Записаться");
        await driver.ExpectsAsync("Вы в игре.");
        await Repeated(driver, "Скоро игра");

        var startsAt = await Host.Database.ScalarAsync<DateTime>($"SELECT starts_at FROM games.games WHERE id = {gameId}");
        await AdvanceUntilAsync(new DateTimeOffset(startsAt, TimeSpan.Zero), gameId, "hiding_phase");
        // The hiding countdown comes from its own timer, before or after the phase's instructions.
        await driver.ExpectsAllAsync("Включите трансляцию геопозиции", "поиск начнётся через");
        var live = driver.StartsLiveLocation(55.7301, 37.6012);
        await Repeated(driver, "Трансляция геопозиции принята!");
        driver.MovesLiveLocation(live, 55.7302, 37.6012);
        await RepeatedQuietly(driver);
        driver.SendsPhoto("dubl-hidden");
        await Repeated(driver, "✅ Вы спрятались.");

        Assert.Multiple(async () =>
        {
            Assert.That(copies, Is.GreaterThanOrEqualTo(25), "extra deliveries made");
            Assert.That(await Count($"registration.players WHERE display_name = 'Дубль'"), Is.EqualTo(1));
            Assert.That(await Count($"games.game_players WHERE game_id = {gameId}"), Is.EqualTo(2), "one seat each");
            Assert.That(await Count($"games.game_events WHERE game_id = {gameId} AND kind = 'driver_hid'"), Is.EqualTo(1));
            Assert.That(await Count($"geo.pings WHERE user_id = {driver.Id}"), Is.EqualTo(2), "the share and its one move");
            Assert.That(await Count($"photos.photos WHERE user_id = {driver.Id}"), Is.EqualTo(1));
            Assert.That(driver.Inbox.Count(m => m.Text?.Contains("Вы в игре.", StringComparison.Ordinal) == true), Is.EqualTo(1));
            Assert.That(seeker.Inbox.Count(m => m.Text?.Contains("Ваша роль", StringComparison.Ordinal) == true), Is.EqualTo(1));
        });
    }

    /// <summary>Waits for the answer, then delivers the update that caused it again, 1–4 more times; nothing more may come.</summary>
    private async Task Repeated(VirtualUser user, string answer)
    {
        await user.ExpectsAsync(answer);
        await RepeatedQuietly(user);
    }

    private async Task RepeatedQuietly(VirtualUser user)
    {
        var last = Host.Api.State.Delivered.Last(u => From(u) == user.Id);
        var id = last["update_id"]!.GetValue<int>();
        var more = random.Next(1, 5);
        for (var i = 0; i < more; i++)
        {
            Host.Api.State.Redeliver(id, last);
        }

        copies += more;
        await Eventually.That(() => Host.Api.State.PendingUpdates == 0, TimeSpan.FromSeconds(10), "the copies were taken");
        await user.ExpectsNothingAsync(TimeSpan.FromMilliseconds(400));
    }

    private static long? From(JsonObject update) =>
        (update["message"] ?? update["edited_message"] ?? update["callback_query"])?["from"]?["id"]?.GetValue<long>();

    private Task<long> Count(string from) => Host.Database.ScalarAsync<long>($"SELECT count(*) FROM {from}");
}
