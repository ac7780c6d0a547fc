using Autofac;
using Pryton.IntegrationTests.Probe;
using Pryton.Kernel.Events;
using Pryton.Kernel.UnitOfWork;
using Pryton.Testing;

namespace Pryton.IntegrationTests.Kernel;

public sealed class OutboxTests : ProbeKernelFixture
{
    protected override string Tables => "probe.deliveries, Kernel.outbox, Kernel.handled_events";

    [Test]
    public async Task Dispatch_AfterCommit_DeliversToEveryHandlerOnce()
    {
        await PublishAsync(Kernel, "hello");

        await DispatchAsync(Kernel);

        Assert.Multiple(async () =>
        {
            Assert.That(await Deliveries("record"), Is.EqualTo(1));
            Assert.That(await Deliveries("flaky"), Is.EqualTo(1));
            Assert.That(await Db.ScalarAsync<long>("SELECT count(*) FROM Kernel.outbox WHERE dispatched_at IS NOT NULL"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispatch_EventRedelivered_RunsNoHandlerTwice()
    {
        await PublishAsync(Kernel, "twice");
        await DispatchAsync(Kernel);

        await Db.ExecuteAsync("UPDATE Kernel.outbox SET dispatched_at = NULL");
        await DispatchAsync(Kernel);

        Assert.Multiple(async () =>
        {
            Assert.That(await Deliveries("record"), Is.EqualTo(1));
            Assert.That(await Deliveries("flaky"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispatch_ProcessCrashedBetweenCommitAndDispatch_DeliversAfterRestartOnce()
    {
        await PublishAsync(Kernel, "survives");
        await Kernel.DisposeAsync(); // the process dies: nothing was dispatched

        Kernel = KernelContainer.Create(Db.ConnectionString, [ProbeModule.Descriptor]);
        await DispatchAsync(Kernel);
        await DispatchAsync(Kernel);

        Assert.That(await Deliveries("record"), Is.EqualTo(1));
    }

    [Test]
    public async Task Dispatch_ClaimedByADeadReplica_IsDeliveredWhenTheLeaseRunsOut()
    {
        await PublishAsync(Kernel, "leased");
        await Kernel.Resolve<OutboxStore>().ClaimAsync(10, Kernel.Clock.GetUtcNow(), CancellationToken.None);

        var whileLeased = await Kernel.Resolve<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        Kernel.Clock.Advance(TimeSpan.FromSeconds(61));
        await DispatchAsync(Kernel);

        Assert.Multiple(async () =>
        {
            Assert.That(whileLeased, Is.Zero);
            Assert.That(await Deliveries("record"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispatch_HandlerFailsTwice_IsRetriedWithBackoffAndOthersRunOnce()
    {
        Kernel.Resolve<ProbeBehaviour>().FailuresLeft = 2;
        await PublishAsync(Kernel, "flaky");

        await DispatchAsync(Kernel);
        var retriedTooEarly = await Kernel.Resolve<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        Kernel.Clock.Advance(TimeSpan.FromSeconds(1));
        await DispatchAsync(Kernel);
        Kernel.Clock.Advance(TimeSpan.FromSeconds(2));
        await DispatchAsync(Kernel);

        Assert.Multiple(async () =>
        {
            Assert.That(retriedTooEarly, Is.Zero);
            Assert.That(await Deliveries("record"), Is.EqualTo(1));
            Assert.That(await Deliveries("flaky"), Is.EqualTo(1), "the failed attempts' writes rolled back");
            Assert.That(await Db.ScalarAsync<long>("SELECT attempts FROM Kernel.outbox"), Is.EqualTo(2));
            Assert.That(await Db.ScalarAsync<long>("SELECT count(*) FROM Kernel.outbox WHERE dispatched_at IS NOT NULL"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispatch_HandlerAlwaysFails_IsParkedAfterTheLastAttempt()
    {
        Kernel.Resolve<ProbeBehaviour>().FailuresLeft = int.MaxValue;
        await PublishAsync(Kernel, "doomed");

        for (var i = 0; i < OutboxDispatcher.MaxAttempts + 2; i++)
        {
            await DispatchAsync(Kernel);
            Kernel.Clock.Advance(TimeSpan.FromMinutes(6));
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await Db.ScalarAsync<long>("SELECT attempts FROM Kernel.outbox WHERE parked_at IS NOT NULL"), Is.EqualTo(OutboxDispatcher.MaxAttempts));
            Assert.That(await Db.ScalarAsync<string>("SELECT last_error FROM Kernel.outbox"), Does.Contain("on purpose"));
            Assert.That(await Deliveries("record"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Dispatch_EventPublishedInARolledBackUnit_IsNeverDelivered()
    {
        var run = Kernel.Resolve<IUnitOfWork>().RunAsync("test", async (scope, ct) =>
        {
            await scope.Resolve<IEventBus>().PublishAsync(new ProbeHappened("never"), ct);
            throw new InvalidOperationException("rolled back");
        }, CancellationToken.None);
        Assert.ThrowsAsync<InvalidOperationException>(() => run);

        await DispatchAsync(Kernel);

        Assert.That(await Db.ScalarAsync<long>("SELECT count(*) FROM probe.deliveries"), Is.Zero);
    }

    [Test]
    public async Task Dispatcher_RunningAsAService_DeliversRightAfterCommit()
    {
        var dispatcher = Kernel.Resolve<OutboxDispatcher>();
        using var stop = new CancellationTokenSource();
        await dispatcher.StartAsync(stop.Token);

        await PublishAsync(Kernel, "live");

        await Eventually.That(async () => await Deliveries("record") == 1, TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await dispatcher.StopAsync(CancellationToken.None);
    }

    private static Task PublishAsync(KernelContainer k, string text) =>
        k.Resolve<IUnitOfWork>().RunAsync("test", (scope, ct) => scope.Resolve<IEventBus>().PublishAsync(new ProbeHappened(text), ct), CancellationToken.None);

    private static Task<int> DispatchAsync(KernelContainer k) =>
        k.Resolve<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private Task<long> Deliveries(string handler) =>
        Db.ScalarAsync<long>($"SELECT count(*) FROM probe.deliveries WHERE handler = '{handler}'");
}
