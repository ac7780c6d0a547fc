using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Pryton.Host;
using Pryton.Host.Configuration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Migrations;
using Pryton.Kernel.Modules;
using Pryton.Sandbox.Emulator;

namespace Pryton.Testing;

/// <summary>
/// The whole bot as it runs in production, on its own fresh database, talking to an emulated Telegram on loopback,
/// on a fake clock. Virtual people act through <see cref="User"/>. The host can be restarted (or killed) mid-way.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly Func<PrytonSettings, PrytonSettings> tweak;
    private readonly Action<ContainerBuilder>? overrides;
    private readonly ModuleCatalog catalog;
    private readonly bool realClock;
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(60);
    private long nextUserId = 100_001;

    private BotTestHost(TestDatabase database, BotApiEmulator api, FakeTimeProvider clock, Func<PrytonSettings, PrytonSettings> tweak,
        Action<ContainerBuilder>? overrides, ModuleCatalog catalog, bool realClock)
    {
        this.catalog = catalog;
        this.realClock = realClock;
        Database = database;
        Api = api;
        Clock = clock;
        this.tweak = tweak;
        this.overrides = overrides;
    }

    public TestDatabase Database { get; }

    public BotApiEmulator Api { get; }

    public FakeTimeProvider Clock { get; }

    public CapturedLogs Logs { get; } = new();

    public WebApplication? App { get; private set; }

    public PrytonSettings Settings { get; private set; } = null!;

    /// <param name="extraModules">Test modules beside the real ones; their migrations are applied.</param>
    /// <param name="withoutModules">Keys of real modules left out, so a test module can own what they would (photos, locations).</param>
    /// <param name="server">A PostgreSQL of the test's own (to stop and start mid-game); otherwise the run's shared one.</param>
    /// <param name="realClock">The machine's clock instead of <see cref="Clock"/> (replicas whose cluster runs on real time).</param>
    public static async Task<BotTestHost> StartAsync(
        Func<PrytonSettings, PrytonSettings>? tweak = null, Action<ContainerBuilder>? overrides = null, IEnumerable<ModuleDescriptor>? extraModules = null,
        IReadOnlyCollection<string>? withoutModules = null, PostgresServer? server = null, bool realClock = false)
    {
        var real = TestPostgres.Catalog.Modules.Where(m => withoutModules?.Contains(m.Key) != true);
        var catalog = ModuleCatalog.Create(real.Concat(extraModules ?? []));
        var database = server is null ? await TestPostgres.CreateDatabaseAsync() : await TestPostgres.CreateDatabaseOnAsync(server);
        new ModuleMigrator(catalog, database.ConnectionString, LoggerFactory.Create(_ => { })).MigrateUp();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var api = await BotApiEmulator.StartAsync();
        if (!realClock)
        {
            api.State.Clock = clock;
        }

        var host = new BotTestHost(database, api, clock, tweak ?? (s => s), overrides, catalog, realClock);
        await host.StartAppAsync();
        return host;
    }

    /// <summary>A new person on the emulated Telegram, with a private chat id of their own.</summary>
    /// <param name="id">A fixed Telegram id (an admin listed in ADMIN_USER_IDS); otherwise the next free one.</param>
    public VirtualUser User(string firstName, string language = "ru", string? username = null, long? id = null) =>
        new(Api, new EmulatedUser(id ?? Interlocked.Increment(ref nextUserId), firstName, null, username, language));

    /// <summary>Stops the host (as a deploy or a crash would) and starts a new one on the same database.</summary>
    /// <summary>Every admin-only button action and command the running bot knows (to replay them all as a stranger).</summary>
    public (IReadOnlyList<string> Callbacks, IReadOnlyList<string> Commands) AdminRoutes()
    {
        var routes = ((ILifetimeScope)App!.Services.GetService(typeof(ILifetimeScope))!).Resolve<Kernel.Bot.Routing.RouteTable>();
        return ([.. routes.Callbacks.Where(r => r.Audience == Audience.Admin).Select(r => $"{r.Module}:{r.Name}").Order()],
            [.. routes.Commands.Where(r => r.Audience == Audience.Admin).Select(r => r.Name).Order()]);
    }

    public async Task RestartAsync(bool graceful = true)
    {
        await StopAppAsync(graceful);
        await StartAppAsync();
    }

    public async Task StopAppAsync(bool graceful = true)
    {
        if (App is null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(graceful ? TimeSpan.FromSeconds(10) : TimeSpan.FromMilliseconds(1));
        var stopping = App.StopAsync(timeout.Token);
        // The scheduler's shutdown waits for running jobs whatever the token says: a stop that never ends fails the
        // fixture loudly instead of hanging the whole run until CI's limit. The stuck host is left behind.
        if (await Task.WhenAny(stopping, Task.Delay(StopLimit)) != stopping)
        {
            App = null;
            throw new TimeoutException($"The bot did not stop within {StopLimit.TotalSeconds:0} s: a job or hosted service ignores shutdown.");
        }

        try
        {
            await stopping;
        }
        catch (OperationCanceledException)
        {
            // An abrupt stop: whatever was in flight is abandoned, as in a crash.
        }

        await App.DisposeAsync();
        App = null;
    }

    public async Task StartAppAsync()
    {
        Settings = tweak(new PrytonSettings
        {
            ConnectionString = Database.ConnectionString,
            TelegramToken = Api.Token,
            TelegramApiBaseUrl = Api.BaseUrl,
            MetricsPort = FreePort.Next(),
            // Telegram's pacing makes every two-message answer take a second; tests of the limits set them back.
            SendRate = 1000,
            SendRatePerChat = 50,
            SendRatePerGroupPerMinute = 600,
            // One host at a time on its database: cluster recovery's waits would run on the fake clock.
            SchedulerClustered = realClock,
        });
        App = await BuildAsync(Settings);
    }

    /// <summary>Another replica of the bot on the same database and emulated Telegram, with ports of its own.</summary>
    public async Task<(WebApplication App, PrytonSettings Settings)> StartReplicaAsync()
    {
        var settings = Settings with { MetricsPort = FreePort.Next(), WebhookPort = FreePort.Next() };
        return (await BuildAsync(settings), settings);
    }

    private async Task<WebApplication> BuildAsync(PrytonSettings settings)
    {
        var gateway = settings.Gateway()! with { SendTimeout = TimeSpan.FromSeconds(5), PollTimeoutSeconds = 1 };
        var app = PrytonApp.Build(settings, catalog, c =>
        {
            if (!realClock)
            {
                c.RegisterInstance(Clock).As<TimeProvider>();
            }

            c.RegisterInstance(gateway);
            c.RegisterInstance(Logs).As<ILoggerProvider>();
            overrides?.Invoke(c);
        });
        await app.StartAsync();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAppAsync();
        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }
}
