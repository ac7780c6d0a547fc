using Microsoft.Extensions.Logging.Abstractions;
using Pryton.Kernel.Migrations;
using Pryton.Kernel.Modules;
using Pryton.Testing;

namespace Pryton.IntegrationTests.Kernel;

public sealed class MigrationTests
{
    private TestDatabase db = null!;
    private ModuleMigrator migrator = null!;

    private static IEnumerable<string> Targets => TestPostgres.Catalog.MigrationTargets.Select(m => m.Key);

    [OneTimeSetUp]
    public async Task CreateEmptyDatabase()
    {
        db = await TestPostgres.CreateDatabaseAsync(migrated: false);
        migrator = new ModuleMigrator(TestPostgres.Catalog, db.ConnectionString, NullLoggerFactory.Instance);
        migrator.MigrateUp();
    }

    [OneTimeTearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task MigrateUp_OnAnEmptyDatabase_CreatesTheKernelAndEverySchema()
    {
        var schemas = await db.ScalarAsync<string>(
            "SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace WHERE nspname NOT LIKE 'pg_%' AND nspname NOT IN ('information_schema', 'public')");

        Assert.That(schemas.Split(','), Is.EquivalentTo(new[]
        {
            "admin", "games", "geo", "kernel", "notifications", "photos", "quartz", "registration", "roles",
        }));
    }

    [Test]
    public async Task MigrateUp_EachModule_KeepsItsJournalInItsOwnSchema()
    {
        foreach (var key in Targets)
        {
            Assert.That(await db.ScalarAsync<long>($"SELECT count(*) FROM {key}.version_info"), Is.GreaterThan(0), key);
        }
    }

    [TestCaseSource(nameof(Targets))]
    public async Task MigrateDownThenUp_EveryModule_RoundTrips(string module)
    {
        var tablesBefore = await TablesIn(module);

        migrator.MigrateDown(module, 0);
        var tablesAfterDown = await TablesIn(module);
        migrator.MigrateUp(module);

        Assert.Multiple(async () =>
        {
            Assert.That(tablesBefore, Is.GreaterThan(0));
            Assert.That(tablesAfterDown, Is.Zero, "Down() must undo every table Up() made");
            Assert.That(await TablesIn(module), Is.EqualTo(tablesBefore));
            Assert.That(migrator.List(module).All(m => m.Applied), Is.True);
        });
    }

    [Test]
    public void List_AfterMigrateUp_ShowsEveryMigrationApplied()
    {
        var list = migrator.List();

        Assert.Multiple(() =>
        {
            Assert.That(list.Select(m => m.Module).Distinct(), Is.EquivalentTo(Targets));
            Assert.That(list.All(m => m.Applied), Is.True);
        });
    }

    [Test]
    public void MigrateDown_UnknownModule_SaysWhichModulesExist()
    {
        var error = Assert.Throws<ArgumentException>(() => migrator.MigrateDown("leaderboard", 0));

        Assert.That(error!.Message, Does.Contain("games").And.Contain("kernel"));
    }

    private Task<long> TablesIn(string schema) => db.ScalarAsync<long>(
        $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}' AND table_name <> 'version_info'");
}
