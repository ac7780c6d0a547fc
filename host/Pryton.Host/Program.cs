using System.CommandLine;
using Pryton.Host;
using Pryton.Host.Cli;
using Pryton.Host.Configuration;
using Pryton.Kernel.Migrations;
using Pryton.Kernel.Modules;
using Pryton.Sandbox.Web;

DotEnvFile.Load(Path.Combine(Environment.CurrentDirectory, ".env"));

var root = new RootCommand("Pryton: the car hide-and-seek bot. With no command it runs the bot (migrations first).");
root.Subcommands.Add(MigrateCommands.Create(() => PrytonSettings.FromEnvironment(), Catalog, Console.Out));
root.Subcommands.Add(HealthCheckCommand.Create());
root.SetAction(async (_, ct) =>
{
    var settings = PrytonSettings.FromEnvironment();
    var catalog = Catalog();
    using var loggers = LoggerFactory.Create(l => PrytonApp.ConfigureLogging(l, settings));
    var log = loggers.CreateLogger("Pryton.Host");
    await using var sandbox = settings.TelegramToken is null ? await SandboxServer.StartAsync(settings.SandboxPort) : null;
    if (sandbox is not null)
    {
        // Same bot, same code: only the Bot API it talks to is the built-in emulator.
        settings = settings with
        {
            TelegramToken = sandbox.Api.Token,
            TelegramApiBaseUrl = sandbox.Api.BaseUrl,
            AdminUserIds = [.. settings.AdminUserIds, SandboxServer.DemoAdminId],
        };
        log.LogInformation("Sandbox mode (no TELEGRAM_TOKEN): open {Url} to play", sandbox.Url);
    }
    else
    {
        log.LogInformation("Telegram mode: Bot API at {BaseUrl}", settings.TelegramApiBaseUrl);
    }

    new ModuleMigrator(catalog, settings.ConnectionString, loggers).MigrateUp();

    await using var app = PrytonApp.Build(settings, catalog);
    PrytonApp.LogModules(app, catalog);
    if (sandbox is not null)
    {
        await SandboxMode.AttachAsync(sandbox, app.Services, ct);
    }

    await app.RunAsync(ct);
    return 0;
});

try
{
    return await root.Parse(args).InvokeAsync();
}
catch (Exception ex) when (ex is SettingsException or ModuleConflictException or ArgumentException)
{
    await Console.Error.WriteLineAsync($"pryton: {ex.Message}");
    return 2;
}

static ModuleCatalog Catalog() => ModuleCatalog.Create(ModuleDiscovery.Discover());
