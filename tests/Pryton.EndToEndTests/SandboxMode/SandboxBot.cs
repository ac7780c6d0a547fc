using Autofac;
using Microsoft.AspNetCore.Builder;
using Pryton.Host;
using Pryton.Host.Configuration;
using Pryton.Sandbox.Web;
using Pryton.Testing;

namespace Pryton.EndToEndTests.SandboxMode;

/// <summary>
/// The bot in sandbox mode as <c>Program</c> wires it: the sandbox server, the bot on its emulator with the demo
/// organiser as an admin, and the demo district, zone and button attached. Optionally on a fake clock.
/// </summary>
internal sealed class SandboxBot : IAsyncDisposable
{
    private SandboxBot(TestDatabase db, SandboxServer sandbox, WebApplication app) => (Database, Sandbox, App) = (db, sandbox, app);

    public TestDatabase Database { get; }

    public SandboxServer Sandbox { get; }

    public WebApplication App { get; }

    public static async Task<SandboxBot> StartAsync(TimeProvider? clock = null)
    {
        var db = await TestPostgres.CreateDatabaseAsync();
        var sandbox = await SandboxServer.StartAsync(FreePort.Next());
        var settings = new PrytonSettings
        {
            ConnectionString = db.ConnectionString,
            TelegramToken = sandbox.Api.Token,
            TelegramApiBaseUrl = sandbox.Api.BaseUrl,
            MetricsPort = FreePort.Next(),
            AdminUserIds = [SandboxServer.DemoAdminId],
        };
        var app = PrytonApp.Build(settings, TestPostgres.Catalog, c =>
        {
            if (clock is not null)
            {
                c.RegisterInstance(clock).As<TimeProvider>();
            }
        });
        await Pryton.Host.SandboxMode.AttachAsync(sandbox, app.Services, CancellationToken.None);
        await app.StartAsync();
        return new SandboxBot(db, sandbox, app);
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await App.StopAsync(timeout.Token); // a stop that waits on a fake clock must not hang the run
        }

        await App.DisposeAsync();
        await Sandbox.DisposeAsync();
        await Database.DisposeAsync();
    }
}
