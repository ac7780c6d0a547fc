using System.Globalization;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.Chaos;

/// <summary>
/// A whole game as its people play it, written for a bot that keeps dying under them: the organiser creates it in
/// the wizard, six newcomers sign up and join, roles are handed out, everyone shares a live location and keeps
/// moving, both drivers hide, Вера finds Анна (who confirms), nobody finds Борис, and time runs out. Each person
/// waits as long as a patient person would; every step must still get its answer.
/// </summary>
internal sealed class CrashGame(BotApiEmulator api, TestDatabase database, TimeZoneInfo zone)
{
    public const long OrganiserId = 4242;
    public const string Title = "Прятки под обстрелом";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);
    private long nextId = 700_001;
    private int moves;
    private volatile bool over;

    /// <summary>Olga, the organiser (an admin by <c>ADMIN_USER_IDS</c>).</summary>
    public VirtualUser Organiser { get; private set; } = null!;

    /// <summary>Anna and Boris drive; Vera, Gleb, Dina and Egor seek.</summary>
    public IReadOnlyList<(VirtualUser User, string Name, bool Driver, string Plate)> Players { get; private set; } = [];

    public int Moves => moves;

    /// <summary>The start instant, once the organiser has picked it.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>Milestones as they happen, for the run's log.</summary>
    public Action<string> Log { get; init; } = _ => { };

    public async Task<long> PlayAsync(Action<DateTimeOffset> started)
    {
        var olga = Organiser = Person("Olga", OrganiserId);
        Players = [.. new[] { ("Анна", true, "а101вс 77"), ("Борис", true, "а202вс 77"), ("Вера", false, ""), ("Глеб", false, ""), ("Дина", false, ""), ("Егор", false, "") }
            .Select(p => (Person(p.Item1), p.Item1, p.Item2, p.Item3))];

        var creating = CreateGameAsync(olga);
        await Task.WhenAll(Players.Select(p => Newcomer.SignUpAsync(p.User, p.Name, p.Driver, plate: p.Driver ? p.Plate : "а123вс 77")).Append(creating));
        var gameId = await database.ScalarAsync<long>($"SELECT id FROM games.games WHERE title = '{Title}'");
        Log($"game {gameId} created, starts {StartsAt:HH:mm:ss}; six players signed up");
        started(StartsAt);
        await Task.WhenAll(Players.Select(p => JoinAsync(p.User, gameId)));
        Log("six players joined");

        var shares = new List<(VirtualUser User, EmulatedMessage Live, double Latitude)>();
        var lines = Players.Select(p => ShareLiveLocationAsync(p.User, p.Driver, shares)).ToList();
        await Task.WhenAll(lines);
        Log("roles handed out, six live locations shared");
        var moving = KeepMovingAsync(shares);

        var (anna, boris, vera) = (Players[0].User, Players[1].User, Players[2].User);
        await Task.WhenAll(HideAsync(anna, "anna-hidden"), HideAsync(boris, "boris-hidden"));
        await Task.WhenAll(Players.Skip(2).Select(p => p.User.ExpectsAsync("начался поиск", Patience)));
        Log("both drivers hid; the search began");
        await FindAsync(vera, anna, "Анна: Kia Rio, белый, A101BC77");
        Log("Вера found Анна, confirmed");

        await Task.WhenAll(Players.Select(p => p.User).Append(olga).Select(u => u.ExpectsAsync("Игра шла", Patience)));
        Log("everyone got the results");
        over = true;
        await moving;
        return gameId;
    }

    private VirtualUser Person(string name, long? id = null) =>
        new(api, new EmulatedUser(id ?? Interlocked.Increment(ref nextId), name, null, null, "ru")) { Patience = Patience };

    /// <summary>Through every step of the wizard, with a start about three minutes away (on a whole minute).</summary>
    private async Task CreateGameAsync(VirtualUser olga)
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(3), zone);
        local = new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, local.Offset).AddMinutes(1);
        StartsAt = local.ToUniversalTime();

        olga.Says("/newgame");
        await olga.ExpectsAsync("Как она будет называться?");
        olga.Says(Title);
        await olga.PressesAsync("Центр");
        await olga.PressesAsync("Парк Горького (радиус 1500 м)");
        await olga.ExpectsAsync("Какого числа?");
        olga.Says(local.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await olga.ExpectsAsync("Во сколько старт");
        olga.Says(local.ToString("HH:mm", CultureInfo.InvariantCulture));
        foreach (var (question, answer) in new[] { ("Сколько всего мест?", "6"), ("Сколько водителей", "2"), ("Сколько игроков нужно", "2"),
                     ("Сколько минут на то, чтобы спрятаться?", "1"), ("Сколько минут на поиск?", "2"), ("Описание для игроков", "Сбор у фонтана") })
        {
            await olga.ExpectsAsync(question);
            olga.Says(answer);
        }

        await olga.ExpectsAsync("Проверьте игру");
        await olga.PressesAsync("✅ Создать игру");
        await olga.ExpectsAsync($"Игра «{Title}» создана.");
    }

    private static async Task JoinAsync(VirtualUser player, long gameId)
    {
        player.Says($"/start g{gameId}");
        await player.ExpectsAsync("Места:");
        await player.PressesAsync("✅ Записаться");
        await player.ExpectsAsync("Вы в игре.");
    }

    private static async Task ShareLiveLocationAsync(VirtualUser player, bool driver, List<(VirtualUser, EmulatedMessage, double)> shares)
    {
        await player.ExpectsAsync(driver ? "Ваша роль: 🚗 Водитель" : "Ваша роль: 🔍 Искатель", Patience);
        await player.ExpectsAsync("Включите трансляцию геопозиции");
        var latitude = 55.7290 + (shares.Count * 0.0003);
        var live = player.StartsLiveLocation(latitude, 37.6010);
        await player.ExpectsAsync("Трансляция геопозиции принята!");
        lock (shares)
        {
            shares.Add((player, live, latitude));
        }
    }

    /// <summary>Every share moves a few metres every few seconds until the game is over: a steady stream of edits.</summary>
    private async Task KeepMovingAsync(List<(VirtualUser User, EmulatedMessage Live, double Latitude)> shares)
    {
        for (var step = 1; !over && step < 400; step++)
        {
            foreach (var (user, live, latitude) in shares)
            {
                user.MovesLiveLocation(live, latitude + (step * 0.00001), 37.6010);
                Interlocked.Increment(ref moves);
            }

            await Task.Delay(TimeSpan.FromSeconds(3));
        }
    }

    private static async Task HideAsync(VirtualUser driver, string photo)
    {
        driver.SendsPhoto(photo);
        await driver.ExpectsAsync("✅ Вы спрятались.");
    }

    private static async Task FindAsync(VirtualUser seeker, VirtualUser driver, string driverButton)
    {
        seeker.Says("/found");
        await seeker.PressesAsync(driverButton);
        await seeker.ExpectsAsync("Пришлите фото, на котором видны машина и её номер.");
        seeker.SendsPhoto("vera-finds-anna");
        await seeker.ExpectsAsync("Заявка отправлена!");
        await driver.ExpectsAsync("говорит, что нашёл(ла) вашу машину.");
        await driver.PressesAsync("✅ Да, меня нашли");
        await seeker.ExpectsAsync("🎉 Подтверждено: вы нашли машину игрока Анна!");
    }
}
