using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pryton.Kernel.Modules;

namespace Pryton.Kernel.Migrations;

/// <summary>
/// Applies FluentMigrator migrations per module: one runner per module, scanning only that module's assembly and
/// keeping its journal in the module's schema. Runner options are global to a container, hence one each.
/// </summary>
public sealed class ModuleMigrator(ModuleCatalog catalog, string connectionString, ILoggerFactory loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<ModuleMigrator>();

    /// <summary>Applies every pending migration of the kernel and of every module, in that order.</summary>
    public void MigrateUp(string? module = null, long? toVersion = null)
    {
        // Replicas starting together take turns; the second finds nothing left to apply.
        using var guard = MigrationLock.Take(connectionString);
        foreach (var target in Targets(module))
        {
            using var services = RunnerFor(target);
            var runner = services.GetRequiredService<IMigrationRunner>();
            if (toVersion is { } version)
            {
                runner.MigrateUp(version);
            }
            else
            {
                runner.MigrateUp();
            }

            logger.LogInformation("Schema {Schema} is at version {Version}", target.Key, CurrentVersion(services));
        }
    }

    /// <summary>Rolls one module back to <paramref name="toVersion"/> (0 = before its first migration).</summary>
    public void MigrateDown(string module, long toVersion)
    {
        var target = catalog.Find(module) ?? throw new ArgumentException($"No module named '{module}'. Known: {KnownNames()}.", nameof(module));
        if (!HasMigrations(target))
        {
            return;
        }

        using var guard = MigrationLock.Take(connectionString);
        using var services = RunnerFor(target);
        services.GetRequiredService<IMigrationRunner>().MigrateDown(toVersion);
        logger.LogInformation("Schema {Schema} is at version {Version}", target.Key, CurrentVersion(services));
    }

    /// <summary>Every migration of every module with its state.</summary>
    public IReadOnlyList<MigrationStatus> List(string? module = null)
    {
        var result = new List<MigrationStatus>();
        foreach (var target in Targets(module))
        {
            using var services = RunnerFor(target);
            var loader = services.GetRequiredService<IMigrationInformationLoader>();
            var versions = services.GetRequiredService<FluentMigrator.Runner.IVersionLoader>().VersionInfo;
            foreach (var (version, info) in loader.LoadMigrations())
            {
                result.Add(new MigrationStatus(target.Key, version, info.Description ?? info.Migration.GetType().Name, versions.HasAppliedMigration(version)));
            }
        }

        return result;
    }

    private IEnumerable<ModuleDescriptor> Targets(string? module)
    {
        if (module is null)
        {
            // A module without tables has no migrations, and FluentMigrator refuses to run on none.
            return catalog.MigrationTargets.Where(HasMigrations);
        }

        var target = catalog.Find(module) ?? throw new ArgumentException($"No module named '{module}'. Known: {KnownNames()}.", nameof(module));
        return HasMigrations(target) ? [target] : [];
    }

    private static bool HasMigrations(ModuleDescriptor target) =>
        target.Assembly.GetExportedTypes().Any(t => typeof(FluentMigrator.IMigration).IsAssignableFrom(t) && !t.IsAbstract);

    private string KnownNames() => string.Join(", ", catalog.MigrationTargets.Select(m => m.Key));

    private ServiceProvider RunnerFor(ModuleDescriptor target) =>
        new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddLogging()
            .AddFluentMigratorCore()
            .ConfigureRunner(rb => rb
                .AddPostgres()
                .WithGlobalConnectionString(connectionString)
                .ScanIn(target.Assembly).For.Migrations()
                .WithVersionTable(new ModuleVersionTable(target.Key)))
            .Configure<RunnerOptions>(o => o.TransactionPerSession = false)
            .BuildServiceProvider(validateScopes: false);

    private static long CurrentVersion(ServiceProvider services) =>
        services.GetRequiredService<FluentMigrator.Runner.IVersionLoader>().VersionInfo.Latest();
}
