using Autofac;
using Autofac.Extensions.DependencyInjection;
using Pryton.Host.Configuration;
using Pryton.Host.Endpoints;
using Pryton.Kernel.Composition;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Scheduling;

namespace Pryton.Host;

/// <summary>
/// Composes the process: kernel, discovered modules, HTTP endpoints. It names no module; a test or tool may pass a
/// hand-picked catalog and override registrations (a fake clock, a fake Bot API address).
/// </summary>
public static class PrytonApp
{
    public static WebApplication Build(PrytonSettings settings, ModuleCatalog catalog, Action<ContainerBuilder>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        ConfigureLogging(builder.Logging, settings);
        var gateway = settings.Gateway();
        var urls = new List<string> { $"http://{settings.HttpHost}:{settings.MetricsPort}" };
        if (gateway?.WebhookUrl is not null)
        {
            urls.Add($"http://{settings.HttpHost}:{settings.WebhookPort}");
        }

        builder.WebHost.UseUrls([.. urls]);
        builder.Services.AddSingleton(settings);
        builder.Services.AddPrytonScheduler(settings.ConnectionString, clustered: settings.SchedulerClustered, instanceId: settings.SchedulerInstanceId);
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory(container =>
        {
            KernelRegistrations.Register(container, catalog, settings.ConnectionString, gateway, settings.AdminUserIds, settings.GameDefaults());
            container.RegisterType<Readiness>().AsSelf().As<IHostedService>().SingleInstance();
            overrides?.Invoke(container);
        }));

        var app = builder.Build();
        app.MapHealthEndpoints(settings.MetricsPort);
        app.MapAlertRelay(settings.MetricsPort);
        if (gateway?.WebhookUrl is not null)
        {
            app.MapWebhook(gateway, settings.WebhookPort);
        }

        return app;
    }

    public static void LogModules(WebApplication app, ModuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(catalog);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Pryton.Host");
        foreach (var module in catalog.Modules)
        {
            logger.LogInformation("Module {Module} loaded: schema {Schema}, {Assembly} {Version}",
                module.Name, module.Key, module.Assembly.GetName().Name, module.Assembly.GetName().Version);
        }
    }

    internal static void ConfigureLogging(ILoggingBuilder logging, PrytonSettings settings)
    {
        logging.ClearProviders();
        if (settings.LogFormat == "json")
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.IncludeScopes = true;
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        // Framework chatter (every HTTP request, EF SQL) drowns the game's own lines.
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        logging.AddFilter("FluentMigrator", LogLevel.Warning);
    }
}
