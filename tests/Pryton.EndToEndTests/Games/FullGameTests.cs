using Pryton.Testing;

namespace Pryton.EndToEndTests.Games;

/// <summary>
/// A whole game as people play it: six players sign up, two drivers hide and send their photos, four seekers search,
/// one find is confirmed by the driver, one the driver denies and the organiser approves, and everyone gets the
/// results. Every message each person receives from the start on is checked, in order.
/// </summary>
public sealed class FullGameTests : GameFixture
{
    [Test]
    public async Task TwoDriversAndFourSeekers_FromSignUpToResults()
    {
        var gameId = await CreateGameAsync("Большие прятки", capacity: 6, maxDrivers: 2);
        var anna = await PlayerAsync("Анна", gameId, driver: true);
        var boris = await PlayerAsync("Борис", gameId, driver: true);
        var seekers = new List<VirtualUser>();
        foreach (var name in new[] { "Вера", "Глеб", "Дина", "Егор" })
        {
            seekers.Add(await PlayerAsync(name, gameId));
        }

        var (vera, gleb) = (seekers[0], seekers[1]);
        var everyone = seekers.Prepend(boris).Prepend(anna).Append(Olga).ToList();
        var since = everyone.ToDictionary(u => u.Id, u => u.Inbox.Count);

        var startsAt = Host.Clock.GetUtcNow().AddHours(3);
        foreach (var (minutes, notice) in new[] { (121, "начнётся через 60 мин"), (50, "начнётся через 10 минут"), (6, "начнётся через 5 мин") })
        {
            Host.Clock.Advance(TimeSpan.FromMinutes(minutes));
            await anna.ExpectsAsync(notice);
        }

        await AdvanceUntilAsync(startsAt, gameId, "hiding_phase");
        await anna.ExpectsAsync("Ваша роль: 🚗 Водитель");
        await boris.ExpectsAsync("Ваша роль: 🚗 Водитель");
        var shares = new List<(VirtualUser Player, Sandbox.Emulator.EmulatedMessage Live, double Latitude)>();
        foreach (var (player, lat) in new[] { (anna, 55.7301), (boris, 55.7312), (vera, 55.7298) })
        {
            await player.ExpectsAsync("Включите трансляцию геопозиции");
            shares.Add((player, player.StartsLiveLocation(lat, 37.6012), lat));
            await player.ExpectsAsync("Трансляция геопозиции принята!");
        }

        // Time passes as on a real evening: the live shares keep moving, a little, every minute.
        async Task MinutesPassAsync(int minutes)
        {
            for (var minute = 1; minute <= minutes; minute++)
            {
                Host.Clock.Advance(TimeSpan.FromMinutes(1));
                var stored = await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.pings WHERE game_id = {gameId}");
                foreach (var (player, live, lat) in shares)
                {
                    player.MovesLiveLocation(live, lat + (minute * 0.00001), 37.6012);
                }

                // Each minute's points are in before the clock moves on, as they would be on a real evening.
                await Eventually.That(async () => await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM geo.pings WHERE game_id = {gameId}") >= stored + shares.Count,
                    TimeSpan.FromSeconds(10));
            }
        }

        anna.SendsPhoto("anna-hidden");
        await anna.ExpectsAsync("✅ Вы спрятались.");
        await MinutesPassAsync(20);
        boris.SendsPhoto("boris-hidden");
        await boris.ExpectsAsync("✅ Вы спрятались.");
        await vera.ExpectsAsync("начался поиск");

        await MinutesPassAsync(7);
        vera.Says("/found");
        await vera.PressesAsync("Анна: Kia Rio, белый, " + Plate(anna));
        await vera.ExpectsAsync("Пришлите фото, на котором видны машина и её номер.");
        vera.SendsPhoto("vera-finds-anna");
        await vera.ExpectsAsync("Заявка отправлена!");
        await anna.ExpectsAsync("Вера говорит, что нашёл(ла) вашу машину.");
        await anna.PressesAsync("✅ Да, меня нашли");
        await vera.ExpectsAsync("🎉 Подтверждено: вы нашли машину игрока Анна!");

        await MinutesPassAsync(15);
        gleb.SendsPhoto("gleb-finds-boris");
        await gleb.PressesAsync("Борис: Kia Rio, белый, " + Plate(boris));
        await gleb.ExpectsAsync("Заявка отправлена!");
        await boris.PressesAsync("❌ Нет");
        await gleb.ExpectsAsync("Борис не подтвердил(а) находку.");
        var claim = await Olga.ExpectsAsync("Борис не подтвердил(а), что его нашёл(ла) Глеб");
        var claimPhoto = Olga.Inbox.Last(m => m.PhotoFileId == "gleb-finds-boris");
        await Olga.PressesDataAsync(claimPhoto, claimPhoto.InlineButtons.First(b => b.Label == "✅ Принять").Data!);

        foreach (var user in everyone)
        {
            await user.ExpectsAsync("окончена — все водители найдены.");
        }

        foreach (var player in everyone.Where(u => u != Olga))
        {
            await player.ExpectsAsync("Глеб нашёл(ла) машину игрока Борис");
        }

        await Task.Delay(500); // anything wrongly sent after the results would arrive by now
        // The menu and the live countdown (⏱) follow the phases with messages of their own, checked in their own
        // tests; the game's messages are checked here.
        var received = everyone.ToDictionary(u => u.Id, u => u.Inbox.Skip(since[u.Id]).Where(m => !m.ReplyButtons.Any() && m.Text?.StartsWith('⏱') != true)
            .Select(m => m.Text ?? m.PhotoFileId ?? "📍").ToList());
        Assert.Multiple(() =>
        {
            Inbox(received[anna.Id], "через 60 мин", "Подготовьте трансляцию", "через 5 мин", "Ваша роль: 🚗 Водитель", "📍", "Включите трансляцию геопозиции", "Трансляция геопозиции принята", "✅ Вы спрятались", "Не двигайтесь с места", "Спасибо! Находка подтверждена.",
                "📸 Вас нашёл(ла) Вера", "окончена — все водители найдены.", Album);
            Inbox(received[boris.Id], "через 60 мин", "Подготовьте трансляцию", "через 5 мин", "Ваша роль: 🚗 Водитель", "📍", "Включите трансляцию геопозиции", "Трансляция геопозиции принята", "✅ Вы спрятались", "Не двигайтесь с места", "Анна найден(а) — 1 из 2",
                "Понятно. Организаторы посмотрят фото и решат.", "📸 Вас нашёл(ла) Глеб", "окончена — все водители найдены.", Album);
            Inbox(received[vera.Id], "через 60 мин", "Подготовьте трансляцию", "через 5 мин", "Ваша роль: 🔍 Искатель", "Включите трансляцию геопозиции", "Трансляция геопозиции принята", "начался поиск", "Чью машину вы нашли?", "Пришлите фото", "Заявка отправлена",
                "🎉 Подтверждено: вы нашли машину игрока Анна", "окончена — все водители найдены.", Album);
            Inbox(received[gleb.Id], "через 60 мин", "Подготовьте трансляцию", "через 5 мин", "Ваша роль: 🔍 Искатель", "Включите трансляцию геопозиции", "начался поиск", "Анна найден(а) — 1 из 2", "Чью машину вы нашли?", "Заявка отправлена",
                "Борис не подтвердил(а) находку", "🎉 Подтверждено: вы нашли машину игрока Борис", "окончена — все водители найдены.", Album);
            foreach (var quiet in seekers.Skip(2))
            {
                Inbox(received[quiet.Id], "через 60 мин", "Подготовьте трансляцию", "через 5 мин", "Ваша роль: 🔍 Искатель", "Включите трансляцию геопозиции", "начался поиск", "Анна найден(а) — 1 из 2", "окончена — все водители найдены.", Album);
            }

            Inbox(received[Olga.Id], "Напоминание о Большие прятки (через 60 мин)", "Напоминание о Большие прятки (через 5 мин)", "началась по расписанию", "📸 Укрытие: Анна", "📸 Укрытие: Борис", "Спрятались все.", "Так спрятался(ась) Анна",
                "Искатель: Вера\nВодитель: Анна", "Анна найден(а), нашёл(ла) Вера — 1 из 2", "Так спрятался(ась) Борис", "Искатель: Глеб\nВодитель: Борис",
                "Борис не подтвердил(а)", "Борис найден(а), нашёл(ла) Глеб — 2 из 2", "окончена — все водители найдены.");

            var results = anna.Inbox.Last(m => m.Text?.Contains("окончена — все", StringComparison.Ordinal) == true).Text!;
            Assert.That(results, Does.Contain("Анна — нашёл(ла) Вера через 7 мин").And.Contain("Борис — нашёл(ла) Глеб через 22 мин")
                .And.Contain("⚡ Быстрее всех: Вера, 7 мин.").And.Contain("Вас нашли через 7 мин."));
            Assert.That(gleb.Inbox.Last(m => m.Text?.Contains("окончена — все", StringComparison.Ordinal) == true).Text, Does.Contain("Найдено вами машин: 1."));
            Assert.That(claim.Text, Does.Contain("/moderation"));
            var seekerChats = seekers.Select(u => u.Id).ToHashSet();
            Assert.That(Host.Api.Calls.Where(c => c.ChatId is { } chat && seekerChats.Contains(chat)
                    && (c.Method is "sendLocation" or "sendVenue" or "editMessageLiveLocation" || c.Body.ToJsonString().Contains("55.73", StringComparison.Ordinal))),
                Is.Empty, "a seeker never receives a driver's (or anyone's) coordinates");
        });
    }

    /// <summary>After the results every player gets the album: where the drivers hid, then the finds.</summary>
    private static readonly string[] Album = ["Альбом игры «Большие прятки»\n🚗 Здесь прятался(ась) Анна", "Здесь прятался(ась) Борис", "Вера нашёл(ла) машину игрока Анна", "Глеб нашёл(ла) машину игрока Борис"];

    private static string Plate(VirtualUser driver) => "A" + (100 + (driver.Id % 800)) + "BC77";

    private static void Inbox(IReadOnlyList<string> received, params object[] expectedParts)
    {
        var expected = expectedParts.SelectMany(p => p as string[] ?? [(string)p]).ToArray();
        Assert.That(received, Has.Count.EqualTo(expected.Length).And.Matches<IReadOnlyList<string>>(r => r.Zip(expected).All(p => p.First.Contains(p.Second, StringComparison.Ordinal))),
            "received, in order: " + string.Join(" ‖ ", received));
    }
}
