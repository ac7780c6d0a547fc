using System.CommandLine;
using Pryton.Host.Configuration;
using Pryton.Kernel.Migrations;
using Pryton.Kernel.Modules;

namespace Pryton.Host.Cli;

/// <summary><c>migrate up | down --module X --to V | list</c>: manage each module's schema by hand.</summary>
internal static class MigrateCommands
{
    public static Command Create(Func<PrytonSettings> settings, Func<ModuleCatalog> catalog, TextWriter output)
    {
        var module = new Option<string>("--module", "-m") { Description = "A module name or key (Games, games, kernel)." };
        var requiredModule = new Option<string>("--module", "-m") { Description = "A module name or key (Games, games, kernel).", Required = true };
        var to = new Option<long?>("--to") { Description = "Target version (yyyyMMddHHmm); 0 = before the first migration." };
        var downTo = new Option<long>("--to") { Description = "Target version; 0 = before the first migration.", DefaultValueFactory = _ => 0 };

        var up = new Command("up", "Apply pending migrations (all modules, or one).") { module, to };
        up.SetAction(result =>
        {
            Migrator(settings, catalog).MigrateUp(result.GetValue(module), result.GetValue(to));
            return 0;
        });

        var down = new Command("down", "Roll one module back to a version.") { requiredModule, downTo };
        down.SetAction(result =>
        {
            Migrator(settings, catalog).MigrateDown(result.GetValue(requiredModule)!, result.GetValue(downTo));
            return 0;
        });

        var list = new Command("list", "List every module's migrations and whether each is applied.") { module };
        list.SetAction(result =>
        {
            foreach (var group in Migrator(settings, catalog).List(result.GetValue(module)).GroupBy(s => s.Module))
            {
                var applied = group.Where(s => s.Applied).Select(s => s.Version).DefaultIfEmpty(0).Max();
                output.WriteLine($"{group.Key,-14} applied version {applied}");
                foreach (var status in group)
                {
                    output.WriteLine($"  {(status.Applied ? "[x]" : "[ ]")} {status.Version} {status.Description}");
                }
            }

            return 0;
        });

        return new Command("migrate", "Manage database migrations.") { up, down, list };
    }

    private static ModuleMigrator Migrator(Func<PrytonSettings> settings, Func<ModuleCatalog> catalog) =>
        new(catalog(), settings().ConnectionString, LoggerFactory.Create(l => PrytonApp.ConfigureLogging(l, settings())));
}
