using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Pryton.Kernel.Database;
using Pryton.Kernel.Migrations;
using Pryton.Kernel.Modules;

namespace Pryton.Testing;

/// <summary>
/// The test run's PostgreSQL: the server named by <c>PRYTON_TEST_DB</c>, or a throw-away cluster started on first use.
/// Each fixture gets a fresh database cloned from a template that has every module's migrations applied, so
/// fixtures run in parallel and leave nothing behind.
/// </summary>
public static class TestPostgres
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? server;
    private static string? adminConnectionString;
    private static string? templateName;

    /// <summary>The running throw-away server, or null when <c>PRYTON_TEST_DB</c> points at an existing one.</summary>
    public static PostgresServer? Server => server;

    public static ModuleCatalog Catalog { get; } = ModuleCatalog.Create(ModuleDiscovery.Discover());

    /// <summary>A fresh database with every migration applied (or none, for migration tests).</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(bool migrated = true)
    {
        await Gate.WaitAsync();
        try
        {
            var admin = await AdminConnectionStringAsync();
            var name = "pryton_test_" + Guid.NewGuid().ToString("N")[..16];
            var template = migrated ? await MigratedTemplateAsync(admin) : "template0";
            await ExecuteAsync(admin, $"CREATE DATABASE {name} TEMPLATE {template}");
            var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
            return new TestDatabase(name, connectionString, admin);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>An empty database on a server of the test's own (one it may stop and start), for the host to migrate.</summary>
    public static async Task<TestDatabase> CreateDatabaseOnAsync(PostgresServer own)
    {
        ArgumentNullException.ThrowIfNull(own);
        var name = "pryton_own_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(own.AdminConnectionString, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(own.AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
        return new TestDatabase(name, connectionString, own.AdminConnectionString);
    }

    /// <summary>Stops the throw-away server (called once per test assembly).</summary>
    public static async Task ShutdownAsync()
    {
        if (server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await server.DisposeAsync();
            server = null;
        }
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> AdminConnectionStringAsync()
    {
        if (adminConnectionString is not null)
        {
            return adminConnectionString;
        }

        var configured = Environment.GetEnvironmentVariable("PRYTON_TEST_DB");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            adminConnectionString = new NpgsqlConnectionStringBuilder(DatabaseUrl.ToConnectionString(configured)) { Pooling = false }.ConnectionString;
        }
        else
        {
            server = await PostgresServer.StartAsync();
            adminConnectionString = server.AdminConnectionString;
        }

        return adminConnectionString;
    }

    private static async Task<string> MigratedTemplateAsync(string admin)
    {
        if (templateName is not null)
        {
            return templateName;
        }

        var name = $"pryton_template_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..6]}";
        await ExecuteAsync(admin, $"CREATE DATABASE {name} TEMPLATE template0");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        new ModuleMigrator(Catalog, connectionString, NullLoggerFactory.Instance).MigrateUp();
        templateName = name;
        return name;
    }
}
