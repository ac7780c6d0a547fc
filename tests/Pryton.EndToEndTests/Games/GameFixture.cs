using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.Contracts.Games;
using Pryton.Kernel.UnitOfWork;
using Pryton.Modules.Games.Application;
using Pryton.EndToEndTests.Registration;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Games;

/// <summary>
/// The real bot with a district, a zone and an admin (Olga, id <see cref="AdminId"/>); games are scheduled through the
/// Games module and played by virtual people on the fake clock.
/// </summary>
public abstract class GameFixture
{
    protected const long AdminId = 4242;

    protected BotTestHost Host { get; private set; } = null!;

    /// <summary>The bot's admins from the start: Olga, and more where a test needs them.</summary>
    protected virtual IReadOnlyList<long> AdminIds => [AdminId];

    protected VirtualUser Olga { get; private set; } = null!;

    protected long CentreId { get; private set; }

    protected long ZoneId { get; private set; }

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Host = await CreateHostAsync();
        Olga = Host.User("Olga", id: AdminId);
        await Host.Database.ExecuteAsync("INSERT INTO geo.districts (name, is_active, created_at) VALUES ('Центр', true, now())");
        CentreId = await Host.Database.ScalarAsync<long>("SELECT id FROM geo.districts WHERE name = 'Центр'");
        ZoneId = await Host.Database.ScalarAsync<long>($"""
            INSERT INTO geo.zones (district_id, name, latitude, longitude, radius_m, is_default, is_active, created_at)
            VALUES ({CentreId}, 'Парк Горького', 55.7298, 37.6010, 1500, true, true, now()) RETURNING id
            """);
    }

    [OneTimeTearDown]
    public async Task StopHost() => await StopHostAsync();

    protected virtual async Task StopHostAsync() => await Host.DisposeAsync();

    /// <summary>The bot on the run's shared PostgreSQL; a fixture that must stop its database brings its own.</summary>
    protected virtual Task<BotTestHost> CreateHostAsync() => BotTestHost.StartAsync(s => s with { AdminUserIds = [.. AdminIds] });

    protected async Task<long> CreateGameAsync(string title, int capacity = 10, int maxDrivers = 2, TimeSpan? startsIn = null, int? minPlayers = null,
        bool foundBecomesSeeker = false)
    {
        var startsAt = Host.Clock.GetUtcNow() + (startsIn ?? TimeSpan.FromHours(3));
        var game = await InBotAsync(scope => scope.Resolve<GameCatalog>().CreateAsync(
            new NewGame(title, CentreId, startsAt, capacity, maxDrivers, minPlayers, HidingMinutes: 30, SearchingMinutes: 60, ZoneId: ZoneId,
                FoundBecomesSeeker: foundBecomesSeeker), AdminId, CancellationToken.None));
        return game.Id;
    }

    /// <summary>Signs a newcomer up in Russian (a driver with a car when asked) and joins them to the game.</summary>
    protected async Task<VirtualUser> PlayerAsync(string name, long gameId, bool driver = false)
    {
        var user = Host.User(name);
        await Newcomer.SignUpAsync(user, name, driver, $"g{gameId}", plate: "а" + (100 + (user.Id % 800)) + "вс 77");
        await user.ExpectsAsync("Места:");
        await user.PressesAsync("✅ Записаться");
        await user.ExpectsAsync("Вы в игре.");
        return user;
    }

    /// <summary>Runs work inside the bot as one unit of work; bounded, so a stuck transaction fails the test instead of the run.</summary>
    protected Task<T> InBotAsync<T>(Func<ILifetimeScope, Task<T>> work) =>
        Host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, _) => work(scope), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

    protected Task<ControlResult> ControlAsync(Func<IGameControl, Task<ControlResult>> operation) =>
        InBotAsync(scope => operation(scope.Resolve<IGameControl>()));

    protected Task SettingsAsync(GameSettings settings) =>
        InBotAsync(async s => { await s.Resolve<IGameSettings>().SaveAsync(settings, AdminId, CancellationToken.None); return true; });

    protected Task<string> StatusAsync(long gameId) => Host.Database.ScalarAsync<string>($"SELECT status FROM games.games WHERE id = {gameId}");

    protected async Task<DateTimeOffset> PhaseEndsAtAsync(long gameId) =>
        await Host.Database.ScalarAsync<DateTime>($"SELECT phase_ends_at FROM games.games WHERE id = {gameId}");

    /// <summary>Moves the fake clock to an instant and waits until the game reaches a status (its timer fired).</summary>
    protected async Task AdvanceUntilAsync(DateTimeOffset instant, long gameId, string status)
    {
        // The database keeps microseconds and the scheduler ticks: a hair past the instant is the instant.
        var step = instant.AddMilliseconds(1) - Host.Clock.GetUtcNow();
        if (step > TimeSpan.Zero)
        {
            Host.Clock.Advance(step);
        }

        await Eventually.That(async () => await StatusAsync(gameId) == status, TimeSpan.FromSeconds(20), $"game {gameId} becomes {status}");
    }
}
