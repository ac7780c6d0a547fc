using Autofac;
using Pryton.IntegrationTests.Probe;
using Pryton.Kernel.Events;
using Pryton.Kernel.UnitOfWork;
using Pryton.Testing;

namespace Pryton.IntegrationTests.Kernel;

public sealed class OutboxTests
{
    private TestDatabase db = null!;
    private KernelContainer kernel = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        db = await TestPostgres.CreateDatabaseAsync();
        await db.ExecuteAsync(ProbeModule.Schema);
    }

    [OneTimeTearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [SetUp]
    public async Task StartKernel()
    {
        await db.ExecuteAsync("TRUNCATE probe.deliveries, kernel.outbox, kernel.handled_events");
        kernel = KernelContainer.Create(db.ConnectionString, [ProbeModule.Descriptor]);
    }

    [TearDown]
    public async Task StopKernel() => await kernel.DisposeAsync();

    [Test]
    public async Task Dispatch_AfterCommit_DeliversToEveryHandlerOnce()
    {
        await PublishAsync(kernel, "hello");

        await DispatchAsync(kernel);

        Assert.Multiple(async () =>
        {
            Assert.That(await Deliveries("record"), Is.EqualTo(1));
            Assert.That(await Deliveries("flaky"), Is.EqualTo(1));
            Assert.That(await db.ScalarAsync<long>("SELECT count(*) FROM kernel.outbox WHERE dispatched_at IS NOT NULL"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispatch_EventRedelivered_RunsNoHandlerTwice()
    {
        await PublishAsync(kernel, "twice");
        await DispatchAsync(kernel);

        await db.ExecuteAsync("UPDATE kernel.outbox SET dispatched_at = NULL");
        await DispatchAsync(kernel);

        Assert.Multiple(async () =>
        {
            Assert.That(await Deliveries("record"), Is.EqualTo(1));
            Assert.That(await Deliveries("flaky"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispatch_ProcessCrashedBetweenCommitAndDispatch_DeliversAfterRestartOnce()
    {
        await PublishAsync(kernel, "survives");
        await kernel.DisposeAsync(); // the process dies: nothing was dispatched

        kernel = KernelContainer.Create(db.ConnectionString, [ProbeModule.Descriptor]);
        await DispatchAsync(kernel);
        await DispatchAsync(kernel);

        Assert.That(await Deliveries("record"), Is.EqualTo(1));
    }

    [Test]
    public async Task Dispatch_ClaimedByADeadReplica_IsDeliveredWhenTheLeaseRunsOut()
    {
        await PublishAsync(kernel, "leased");
        await kernel.Resolve<OutboxStore>().ClaimAsync(10, kernel.Clock.GetUtcNow(), CancellationToken.None);

        var whileLeased = await kernel.Resolve<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        kernel.Clock.Advance(TimeSpan.FromSeconds(61));
        await DispatchAsync(kernel);

        Assert.Multiple(async () =>
        {
            Assert.That(whileLeased, Is.Zero);
            Assert.That(await Deliveries("record"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispatch_HandlerFailsTwice_IsRetriedWithBackoffAndOthersRunOnce()
    {
        kernel.Resolve<ProbeBehaviour>().FailuresLeft = 2;
        await PublishAsync(kernel, "flaky");

        await DispatchAsync(kernel);
        var retriedTooEarly = await kernel.Resolve<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        kernel.Clock.Advance(TimeSpan.FromSeconds(1));
        await DispatchAsync(kernel);
        kernel.Clock.Advance(TimeSpan.FromSeconds(2));
        await DispatchAsync(kernel);

        Assert.Multiple(async () =>
        {
            Assert.That(retriedTooEarly, Is.Zero);
            Assert.That(await Deliveries("record"), Is.EqualTo(1));
            Assert.That(await Deliveries("flaky"), Is.EqualTo(1), "the failed attempts' writes rolled back");
            Assert.That(await db.ScalarAsync<long>("SELECT attempts FROM kernel.outbox"), Is.EqualTo(2));
            Assert.That(await db.ScalarAsync<long>("SELECT count(*) FROM kernel.outbox WHERE dispatched_at IS NOT NULL"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispatch_HandlerAlwaysFails_IsParkedAfterTheLastAttempt()
    {
        kernel.Resolve<ProbeBehaviour>().FailuresLeft = int.MaxValue;
        await PublishAsync(kernel, "doomed");

        for (var i = 0; i < OutboxDispatcher.MaxAttempts + 2; i++)
        {
            await DispatchAsync(kernel);
            kernel.Clock.Advance(TimeSpan.FromMinutes(6));
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await db.ScalarAsync<long>("SELECT attempts FROM kernel.outbox WHERE parked_at IS NOT NULL"), Is.EqualTo(OutboxDispatcher.MaxAttempts));
            Assert.That(await db.ScalarAsync<string>("SELECT last_error FROM kernel.outbox"), Does.Contain("on purpose"));
            Assert.That(await Deliveries("record"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispatch_EventPublishedInARolledBackUnit_IsNeverDelivered()
    {
        var run = kernel.Resolve<IUnitOfWork>().RunAsync("test", async (scope, ct) =>
        {
            await scope.Resolve<IEventBus>().PublishAsync(new ProbeHappened("never"), ct);
            throw new InvalidOperationException("rolled back");
        }, CancellationToken.None);
        Assert.ThrowsAsync<InvalidOperationException>(() => run);

        await DispatchAsync(kernel);

        Assert.That(await db.ScalarAsync<long>("SELECT count(*) FROM probe.deliveries"), Is.Zero);
    }

    [Test]
    public async Task Dispatcher_RunningAsAService_DeliversRightAfterCommit()
    {
        var dispatcher = kernel.Resolve<OutboxDispatcher>();
        using var stop = new CancellationTokenSource();
        await dispatcher.StartAsync(stop.Token);

        await PublishAsync(kernel, "live");

        await Eventually.That(async () => await Deliveries("record") == 1, TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await dispatcher.StopAsync(CancellationToken.None);
    }

    private static Task PublishAsync(KernelContainer k, string text) =>
        k.Resolve<IUnitOfWork>().RunAsync("test", (scope, ct) => scope.Resolve<IEventBus>().PublishAsync(new ProbeHappened(text), ct), CancellationToken.None);

    private static Task<int> DispatchAsync(KernelContainer k) =>
        k.Resolve<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private Task<long> Deliveries(string handler) =>
        db.ScalarAsync<long>($"SELECT count(*) FROM probe.deliveries WHERE handler = '{handler}'");
}
