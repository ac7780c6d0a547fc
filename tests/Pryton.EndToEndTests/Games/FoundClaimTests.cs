using Pryton.Contracts.Games;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Games;

/// <summary>
/// Found claims the hard ways: a rejection with a reason and a new photo, two admins deciding at the same instant,
/// nobody deciding at all (reminders, then approval by location), and a claim decided after the game ended.
/// </summary>
public sealed class FoundClaimTests : GameFixture
{
    private const long PetrId = 4343;

    protected override IReadOnlyList<long> AdminIds => [AdminId, PetrId];

    [TearDown]
    public Task DefaultSettings() => SettingsAsync(new GameSettings());

    [Test]
    public async Task Rejected_WithAReason_TheSeekerSendsANewPhoto_AndTheDriverConfirms()
    {
        var (gameId, anna, gleb, boris, vera) = await SearchingGameAsync("Прятки с отказом", drivers: 2);

        await ClaimAsync(boris, "Анна", "blurry");
        await anna.PressesAsync("❌ Нет");
        var photo = await Olga.ExpectsAsync(m => m.PhotoFileId == "blurry" && m.InlineButtons.Any(), "the claim to decide");
        await Olga.PressesDataAsync(photo, photo.InlineButtons.First(b => b.Label == "❌ Отклонить").Data!);
        await Olga.PressesAsync("Не видно номера");
        var rejected = await boris.ExpectsAsync("Организатор не принял вашу заявку. Причина: Не видно номера");

        boris.SendsPhoto("sharp");
        await PickAsync(boris, "Анна");
        await boris.ExpectsAsync("Заявка отправлена!");
        await anna.PressesAsync("✅ Да, меня нашли");
        await boris.ExpectsAsync("🎉 Подтверждено: вы нашли машину игрока Анна!");

        anna.SendsPhoto("found-driver-again");
        await anna.ExpectsAsync("Вас уже нашли — фото больше не нужно.");
        Host.Api.Users.SendDocument(vera.Profile, "doc-pdf", "map.pdf", "application/pdf");
        await vera.ExpectsAsync("Это файл, а не картинка");

        Assert.Multiple(async () =>
        {
            Assert.That(rejected.Text, Does.Contain("Можно прислать новое фото"));
            Assert.That(await Host.Database.ScalarAsync<string>(
                $"SELECT string_agg(file_id || ':' || status, ',' ORDER BY id) FROM photos.photos WHERE game_id = {gameId} AND kind = 'found_car'"),
                Is.EqualTo("blurry:rejected,sharp:approved"));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM photos.photos WHERE game_id = {gameId}"), Is.EqualTo(4),
                "two hiding photos and two claims; the found driver's photo and the file are not kept");
            Assert.That(await StatusAsync(gameId), Is.EqualTo("searching_phase"), "Глеб is still hidden");
        });
        _ = gleb;
    }

    [Test]
    public async Task TwoAdminsApprovingAtOnce_MakeOneDecision_AndOneFind()
    {
        await SettingsAsync(new GameSettings { RequireAdminApproval = true });
        var petr = Host.User("Пётр", id: PetrId);
        var (gameId, anna, _, boris, _) = await SearchingGameAsync("Прятки с двумя судьями", drivers: 2);

        await ClaimAsync(boris, "Анна", "both-admins");
        var olgasCopy = await Olga.ExpectsAsync(m => m.PhotoFileId == "both-admins" && m.InlineButtons.Any(), "the claim");
        var petrsCopy = await petr.ExpectsAsync(m => m.PhotoFileId == "both-admins" && m.InlineButtons.Any(), "the claim");
        var approve = olgasCopy.InlineButtons.First(b => b.Label == "✅ Принять").Data!;
        var toasts = await Task.WhenAll(Olga.PressesDataAsync(olgasCopy, approve), petr.PressesDataAsync(petrsCopy, approve));

        await boris.ExpectsAsync("🎉 Подтверждено: вы нашли машину игрока Анна!");
        await Task.Delay(300);
        Assert.Multiple(async () =>
        {
            Assert.That(toasts, Has.One.EqualTo("Заявка принята.").And.One.Matches<string?>(t => t?.StartsWith("Уже решено: ", StringComparison.Ordinal) == true));
            Assert.That(anna.Inbox.Where(m => m.Text?.Contains("говорит, что нашёл", StringComparison.Ordinal) == true), Is.Empty,
                "with admin approval required the driver is not asked");
            Assert.That(boris.Inbox.Count(m => m.Text?.Contains("🎉 Подтверждено", StringComparison.Ordinal) == true), Is.EqualTo(1));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_events WHERE game_id = {gameId} AND kind = 'driver_found'"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task NobodyDecides_AdminsAreReminded_AndALocationConfirmedClaimIsApprovedByItself()
    {
        await SettingsAsync(new GameSettings { RequireAdminApproval = true, AutoApproveConfirmedClaims = true });
        var (gameId, anna, _, boris, _) = await SearchingGameAsync("Прятки без судьи", drivers: 1, share: true);

        await ClaimAsync(boris, "Анна", "next-to-anna");
        Host.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        await boris.ExpectsAsync("Ваша находка засчитана автоматически");
        await Olga.ExpectsAsync("принята автоматически: геопозиция подтверждает");
        await anna.ExpectsAsync("окончена — все водители найдены.");
        Assert.That(await Host.Database.ScalarAsync<string>($"SELECT verdict || ':' || status || ':' || coalesce(decided_by::text, 'bot') FROM photos.photos WHERE game_id = {gameId} AND kind = 'found_car'"),
            Is.EqualTo("confirmed:approved:bot"));
    }

    [Test]
    public async Task AClaimStillOpenWhenTheGameEnds_IsRemindedOf_DecidedAfterwards_AndTheResultsAreSentAgain()
    {
        await SettingsAsync(new GameSettings { RequireAdminApproval = true });
        var (gameId, anna, _, boris, vera) = await SearchingGameAsync("Прятки с опозданием", drivers: 1);

        Host.Clock.Advance(TimeSpan.FromMinutes(4));
        await ClaimAsync(boris, "Анна", "late-find");
        Host.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var reminder = await Olga.ExpectsAsync(m => m.PhotoFileId == "late-find" && m.Text?.Contains("Ждёт решения уже 5 мин") == true, "the reminder");

        Assert.That((await ControlAsync(c => c.EndNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        var first = await vera.ExpectsAsync("окончена — игру завершили организаторы.");
        await Olga.ExpectsAsync("закончилась, но заявок без решения: 1");
        await Olga.PressesDataAsync(reminder, reminder.InlineButtons.First(b => b.Label == "✅ Принять").Data!);

        var updated = await vera.ExpectsAsync("Итоги обновлены");
        var latePhoto = await vera.ExpectsAsync(m => m.PhotoFileId == "late-find", "the late find's photo for the album");
        var own = await boris.ExpectsAsync("Итоги обновлены");
        Assert.Multiple(async () =>
        {
            Assert.That(first.Text, Does.Contain("Анна — не найден(а), победа!"));
            Assert.That(updated.Text, Does.Contain("Анна — нашёл(ла) Борис через 4 мин").And.Not.Contain("победа"));
            Assert.That(own.Text, Does.Contain("Найдено вами машин: 1."));
            Assert.That(latePhoto.Text, Does.Contain("Борис нашёл(ла) машину игрока Анна"));
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM games.game_events WHERE game_id = {gameId} AND kind = 'driver_found_late'"), Is.EqualTo(1));
        });
    }

    /// <summary>A game in its search: drivers Анна (and Глеб) hid with photos; seekers Борис and Вера hunt.</summary>
    private async Task<(long GameId, VirtualUser Anna, VirtualUser? Gleb, VirtualUser Boris, VirtualUser Vera)> SearchingGameAsync(
        string title, int drivers, bool share = false)
    {
        var gameId = await CreateGameAsync(title, maxDrivers: drivers);
        var anna = await PlayerAsync("Анна", gameId, driver: true);
        var gleb = drivers > 1 ? await PlayerAsync("Глеб", gameId, driver: true) : null;
        var (boris, vera) = (await PlayerAsync("Борис", gameId), await PlayerAsync("Вера", gameId));
        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        await boris.ExpectsAsync("Ваша роль");
        if (share)
        {
            anna.StartsLiveLocation(55.7301, 37.6012);
            boris.StartsLiveLocation(55.7302, 37.6013);
            await boris.ExpectsAsync("Трансляция геопозиции принята!");
        }

        foreach (var driver in new[] { anna, gleb }.OfType<VirtualUser>())
        {
            driver.SendsPhoto($"{driver.Profile.FirstName}-spot-{gameId}");
            await driver.ExpectsAsync("✅ Вы спрятались.");
        }

        await vera.ExpectsAsync("начался поиск");
        return (gameId, anna, gleb, boris, vera);
    }

    private static async Task ClaimAsync(VirtualUser seeker, string driver, string photo)
    {
        seeker.Says("/found");
        await PickAsync(seeker, driver);
        await seeker.ExpectsAsync("Пришлите фото, на котором видны машина и её номер.");
        seeker.SendsPhoto(photo);
        await seeker.ExpectsAsync("Заявка отправлена!");
    }

    private static async Task PickAsync(VirtualUser seeker, string driver)
    {
        var list = await seeker.ExpectsAsync("Чью машину вы нашли?");
        await seeker.PressesDataAsync(list, list.InlineButtons.First(b => b.Label.StartsWith(driver + ":", StringComparison.Ordinal)).Data!);
    }
}
