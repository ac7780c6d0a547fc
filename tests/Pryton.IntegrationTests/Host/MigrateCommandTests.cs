using System.CommandLine;
using Pryton.Host.Cli;
using Pryton.Host.Configuration;
using Pryton.Testing;

namespace Pryton.IntegrationTests.Host;

public sealed class MigrateCommandTests
{
    private TestDatabase db = null!;

    [OneTimeSetUp]
    public async Task CreateEmptyDatabase() => db = await TestPostgres.CreateDatabaseAsync(migrated: false);

    [OneTimeTearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test, Order(1)]
    public async Task MigrateUp_ThenList_PrintsEveryModuleWithItsAppliedVersion()
    {
        await RunAsync("migrate", "up");

        var output = await RunAsync("migrate", "list");

        Assert.Multiple(() =>
        {
            foreach (var module in TestPostgres.Catalog.MigrationTargets)
            {
                Assert.That(output, Does.Match($@"(?m)^{module.Key}\s+applied version 2\d{{11}}"), module.Key);
            }

            Assert.That(output, Does.Not.Contain("[ ]"));
        });
    }

    [Test, Order(2)]
    public async Task MigrateDownGamesToZero_ThenUp_RoundTrips()
    {
        await RunAsync("migrate", "down", "--module", "Games", "--to", "0");
        var afterDown = await RunAsync("migrate", "list", "--module", "games");
        await RunAsync("migrate", "up");
        var afterUp = await RunAsync("migrate", "list", "--module", "games");

        Assert.Multiple(() =>
        {
            Assert.That(afterDown, Does.Contain("games          applied version 0").And.Contain("[ ]"));
            Assert.That(afterUp, Does.Not.Contain("[ ]").And.Contain("[x]"));
        });
    }

    private async Task<string> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var settings = new PrytonSettings { ConnectionString = db.ConnectionString };
        var root = new RootCommand { MigrateCommands.Create(() => settings, () => TestPostgres.Catalog, output) };

        var exit = await root.Parse(args).InvokeAsync();

        Assert.That(exit, Is.Zero, output.ToString());
        return output.ToString();
    }
}
