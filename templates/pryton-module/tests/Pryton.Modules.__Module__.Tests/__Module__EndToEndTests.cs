using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Events;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.UnitOfWork;
using Pryton.Testing;

namespace Pryton.Modules.__Module__.Tests;

/// <summary>The whole bot, with this module discovered like every other, talking to an emulated Telegram.</summary>
public sealed class __Module__EndToEndTests
{
    private BotTestHost host = null!;

    [OneTimeSetUp]
    public async Task Start() => host = await BotTestHost.StartAsync();

    [OneTimeTearDown]
    public async Task Stop()
    {
        await host.DisposeAsync();
        await TestPostgres.ShutdownAsync();
    }

    [Test]
    public void Host_DiscoversTheModule() =>
        Assert.That(TestPostgres.Catalog.Modules.Select(m => m.Key), Does.Contain("__module__"));

    [Test]
    public async Task RecurringJob_IsRegisteredWithTheScheduler() =>
        await Eventually.That(async () => (await host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, ct) =>
            scope.Resolve<IJobScheduler>().ListAsync(null, ct), CancellationToken.None)).Any(j => j.Key == "__module__.prune-newcomers"), TimeSpan.FromSeconds(10));

    [Test]
    public async Task Command_AfterAPlayerRegistered_CountsThem()
    {
        var user = host.User("Newcomer");
        await host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, ct) =>
            scope.Resolve<IEventBus>().PublishAsync(new PlayerRegistered(user.Id, null, PreferredRole.Any), ct), CancellationToken.None);
        await Eventually.That(async () => await host.Database.ScalarAsync<long>("SELECT count(*) FROM __module__.newcomers") == 1, TimeSpan.FromSeconds(10));

        user.Says("/__module__");

        await user.ExpectsAsync("зарегистрировалось игроков: 1");
    }
}
