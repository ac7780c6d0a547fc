using Autofac;
using Microsoft.Extensions.Logging;
using Pryton.Host;
using Pryton.Host.Configuration;
using Pryton.Kernel.Migrations;
using Pryton.Testing;

namespace Pryton.IntegrationTests.Host;

public sealed class HostStartupTests
{
    private TestDatabase db = null!;

    [OneTimeSetUp]
    public async Task CreateEmptyDatabase() => db = await TestPostgres.CreateDatabaseAsync(migrated: false);

    [OneTimeTearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task Start_OnAFreshDatabase_MigratesLogsEveryModuleAndServesHealth()
    {
        var logs = new CapturedLogs();
        var port = FreePort.Next();
        var settings = new PrytonSettings { ConnectionString = db.ConnectionString, MetricsPort = port };
        new ModuleMigrator(TestPostgres.Catalog, settings.ConnectionString, LoggerFactory.Create(_ => { })).MigrateUp();
        await using var app = PrytonApp.Build(settings, TestPostgres.Catalog, c => c.RegisterInstance(logs).As<ILoggerProvider>());

        await app.StartAsync();
        PrytonApp.LogModules(app, TestPostgres.Catalog);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        // The scheduler finishes starting just after the host; ready comes within moments.
        await Eventually.That(async () => (await http.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode, TimeSpan.FromSeconds(15));
        var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        await app.StopAsync();

        Assert.Multiple(() =>
        {
            Assert.That((int)health.StatusCode, Is.EqualTo(200));
            Assert.That((int)ready.StatusCode, Is.EqualTo(200));
            Assert.That(metrics, Does.Contain("pryton_"));
            foreach (var module in TestPostgres.Catalog.Modules)
            {
                Assert.That(logs.Lines, Has.Some.Contains($"Module {module.Name} loaded: schema {module.Key}"));
            }
        });
    }
}
