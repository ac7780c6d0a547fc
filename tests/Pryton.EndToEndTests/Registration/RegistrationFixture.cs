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
        user.Says(startPayload is null ? "/start" : $"/start {startPayload}");
        await user.ExpectsAsync("Это Прятон");
        await user.PressesAsync("📝 Зарегистрироваться");
        await user.ExpectsAsync("Как вас называть");
        user.Says(name);
        await user.ExpectsAsync("Оставьте телефон");
        user.PressesReplyButton("📱 Поделиться номером", phone: "+7 999 000-11-22");
        await user.ExpectsAsync("В каком районе");
        await user.PressesAsync("Центр");
        await user.ExpectsAsync("Кем вы хотите играть?");
        await user.PressesAsync(driver ? "🚗 Водитель" : "🔍 Искатель");
        if (driver)
        {
            await user.ExpectsAsync("Марка машины?");
            user.Says("Kia Rio");
            await user.ExpectsAsync("Цвет машины?");
            user.Says("белый");
            await user.ExpectsAsync("Госномер машины?");
            user.Says("а123вс 77");
        }

        await user.ExpectsAsync("Чтобы играть, их нужно принять.");
        await user.PressesAsync("✅ Принимаю");
        await user.ExpectsAsync("вы зарегистрированы!");
    }

    protected Task<long> Players(VirtualUser user) => Host.Database.ScalarAsync<long>($"SELECT count(*) FROM registration.players WHERE user_id = {user.Id}");
}
