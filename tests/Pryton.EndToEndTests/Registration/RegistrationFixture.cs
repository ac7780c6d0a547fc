using Pryton.Testing;

namespace Pryton.EndToEndTests.Registration;

/// <summary>The real bot with two districts; each test signs up people of its own.</summary>
public abstract class RegistrationFixture
{
    protected BotTestHost Host { get; private set; } = null!;

    protected long CentreId { get; private set; }

    [OneTimeSetUp]
    public async Task StartHost()
    {
        Host = await BotTestHost.StartAsync();
        await Host.Database.ExecuteAsync("INSERT INTO geo.districts (name, is_active, created_at) VALUES ('Центр', true, now()), ('Север', true, now()), ('Закрытый', false, now())");
        CentreId = await Host.Database.ScalarAsync<long>("SELECT id FROM geo.districts WHERE name = 'Центр'");
    }

    [OneTimeTearDown]
    public async Task StopHost() => await Host.DisposeAsync();

    /// <summary>Walks a newcomer through sign-up in Russian with valid answers.</summary>
    protected static async Task SignUpAsync(VirtualUser user, string name, bool driver = false, string? startPayload = null)
    {
        await Newcomer.SignUpAsync(user, name, driver, startPayload);
        await user.ExpectsAsync("вы зарегистрированы!");
    }

    protected Task<long> Players(VirtualUser user) => Host.Database.ScalarAsync<long>($"SELECT count(*) FROM registration.players WHERE user_id = {user.Id}");
}
