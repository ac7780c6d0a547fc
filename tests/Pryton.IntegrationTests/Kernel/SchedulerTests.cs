using Autofac;
using Pryton.IntegrationTests.Probe;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.UnitOfWork;
using Pryton.Testing;
using Quartz;

namespace Pryton.IntegrationTests.Kernel;

/// <summary>Quartz on real PostgreSQL with the real clock: persistence, replacement, misfires and clustering.</summary>
public sealed class SchedulerTests : ProbeKernelFixture
{
    // Quartz reads the container's TimeProvider; these tests are about real time.
    protected override Action<ContainerBuilder>? Overrides => b => b.RegisterInstance(TimeProvider.System).As<TimeProvider>();

    protected override string Tables => "probe.deliveries, quartz.qrtz_job_details, quartz.qrtz_fired_triggers";

    [TearDown]
    public async Task StopSchedulers()
    {
        foreach (var scheduler in started)
        {
            await scheduler.Shutdown(waitForJobsToComplete: false);
        }

        started.Clear();
    }

    private readonly List<IScheduler> started = [];

    [Test]
    public async Task Job_ScheduledTwoSecondsAhead_FiresOnce()
    {
        await StartAsync(Kernel);

        await ScheduleAsync(Kernel, "probe.once.1", DateTimeOffset.UtcNow.AddSeconds(2), "once");

        await Eventually.That(async () => await Runs("once") == 1, TimeSpan.FromSeconds(15));
        await Task.Delay(1500);
        Assert.That(await Runs("once"), Is.EqualTo(1));
    }

    [Test]
    public async Task Job_RescheduledBySameKey_IsReplacedNotDuplicated()
    {
        await StartAsync(Kernel);

        await ScheduleAsync(Kernel, "probe.moved.1", DateTimeOffset.UtcNow.AddHours(1), "moved");
        await ScheduleAsync(Kernel, "probe.moved.1", DateTimeOffset.UtcNow.AddSeconds(1), "moved");
        var pending = await Jobs(Kernel).ListAsync("probe.scope", CancellationToken.None);

        await Eventually.That(async () => await Runs("moved") == 1, TimeSpan.FromSeconds(15));
        Assert.That(pending, Has.Count.EqualTo(1));
    }

    [TestCase(3, Description = "late: fired in turn")]
    [TestCase(120, Description = "past the 5-second misfire threshold: fired by the misfire scan")]
    public async Task Job_DueWhileTheHostWasDown_FiresSoonAfterStart(int secondsAgo)
    {
        // Stored while no scheduler runs, due in the past: as if the host had been down since then.
        await ScheduleAsync(Kernel, "probe.missed.1", DateTimeOffset.UtcNow.AddSeconds(-secondsAgo), "missed");

        var startedAt = DateTimeOffset.UtcNow;
        await StartAsync(Kernel);
        await Eventually.That(async () => await Runs("missed") == 1, TimeSpan.FromSeconds(15));

        Assert.That(DateTimeOffset.UtcNow - startedAt, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public async Task TwoInstancesOnOneDatabase_FireEachOfFiftyTriggersExactlyOnce()
    {
        await using var second = KernelContainer.Create(Db.ConnectionString, [ProbeModule.Descriptor], Overrides);
        await StartAsync(Kernel);
        await StartAsync(second);
        var at = DateTimeOffset.UtcNow.AddSeconds(3);

        for (var i = 0; i < 50; i++)
        {
            await ScheduleAsync(i % 2 == 0 ? Kernel : second, $"probe.cluster.{i}", at, $"cluster-{i}");
        }

        await Eventually.That(async () => await Db.ScalarAsync<long>("SELECT count(*) FROM probe.deliveries WHERE text LIKE 'cluster-%'") >= 50, TimeSpan.FromSeconds(30));
        await Task.Delay(2000);
        Assert.Multiple(async () =>
        {
            Assert.That(await Db.ScalarAsync<long>("SELECT count(*) FROM probe.deliveries WHERE text LIKE 'cluster-%'"), Is.EqualTo(50));
            Assert.That(await Db.ScalarAsync<long>("SELECT count(DISTINCT text) FROM probe.deliveries WHERE text LIKE 'cluster-%'"), Is.EqualTo(50));
        });
    }

    [Test]
    public async Task Job_OnAFakeClock_FiresWhenTheClockIsAdvanced()
    {
        await using var faked = KernelContainer.Create(Db.ConnectionString, [ProbeModule.Descriptor]);
        await StartAsync(faked);
        await ScheduleAsync(faked, "probe.fake.1", faked.Clock.GetUtcNow().AddMinutes(30), "fake");
        await Task.Delay(1000);
        var beforeAdvance = await Runs("fake");

        faked.Clock.Advance(TimeSpan.FromMinutes(31));

        await Eventually.That(async () => await Runs("fake") == 1, TimeSpan.FromSeconds(15));
        Assert.That(beforeAdvance, Is.Zero);
    }

    [Test]
    public async Task CancelScope_RemovesEveryJobOfTheScope()
    {
        await ScheduleAsync(Kernel, "probe.a.1", DateTimeOffset.UtcNow.AddHours(1), "a");
        await ScheduleAsync(Kernel, "probe.b.1", DateTimeOffset.UtcNow.AddHours(2), "b");

        await Jobs(Kernel).CancelScopeAsync("probe.scope", CancellationToken.None);

        Assert.That(await Jobs(Kernel).ListAsync("probe.scope", CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task PlannedKeys_NameTheJobsOfTheScopesWithThePrefix_Only()
    {
        await ScheduleAsync(Kernel, "probe.a.1", DateTimeOffset.UtcNow.AddHours(1), "a");
        await Jobs(Kernel).ScheduleAsync("probe.b.1", "probe.elsewhere", DateTimeOffset.UtcNow.AddHours(1), new ProbeJobData("b"), CancellationToken.None);

        var planned = await Jobs(Kernel).PlannedKeysAsync("probe.sc", CancellationToken.None);

        Assert.That(planned, Is.EquivalentTo(new[] { "probe.a.1" }));
    }

    [Test]
    public async Task Scheduling_InsideAUnitOfWork_AppliesOnlyAfterCommit()
    {
        var uow = Kernel.Resolve<IUnitOfWork>();

        Assert.ThrowsAsync<InvalidOperationException>(() => uow.RunAsync("test", async (scope, ct) =>
        {
            await scope.Resolve<IJobScheduler>().ScheduleAsync("probe.rolled.1", "probe.scope", DateTimeOffset.UtcNow.AddHours(1), new ProbeJobData("rolled"), ct);
            throw new InvalidOperationException("rolled back");
        }, CancellationToken.None));
        await uow.RunAsync("test", (scope, ct) =>
            scope.Resolve<IJobScheduler>().ScheduleAsync("probe.kept.1", "probe.scope", DateTimeOffset.UtcNow.AddHours(1), new ProbeJobData("kept"), ct), CancellationToken.None);

        var keys = (await Jobs(Kernel).ListAsync("probe.scope", CancellationToken.None)).Select(j => j.Key);
        Assert.That(keys, Is.EqualTo(new[] { "probe.kept.1" }));
    }

    [Test]
    public void Schedule_KeyOfAnotherModule_IsRefused() =>
        Assert.ThrowsAsync<ArgumentException>(() => ScheduleAsync(Kernel, "games.phase-end.1", DateTimeOffset.UtcNow, "x"));

    private static IJobScheduler Jobs(KernelContainer kernel) => kernel.Resolve<IJobScheduler>();

    private static Task ScheduleAsync(KernelContainer kernel, string key, DateTimeOffset at, string text) =>
        Jobs(kernel).ScheduleAsync(key, "probe.scope", at, new ProbeJobData(text), CancellationToken.None);

    private async Task StartAsync(KernelContainer kernel)
    {
        var scheduler = await kernel.Resolve<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        started.Add(scheduler);
    }

    private Task<long> Runs(string text) => Db.ScalarAsync<long>($"SELECT count(*) FROM probe.deliveries WHERE handler = 'job' AND text = '{text}'");
}
