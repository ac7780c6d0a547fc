using Autofac;
using Autofac.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pryton.IntegrationTests.Probe;
using Pryton.Kernel.Events;
using Pryton.Kernel.UnitOfWork;
using Pryton.Testing;

namespace Pryton.IntegrationTests.Kernel;

public sealed class UnitOfWorkTests : ProbeKernelFixture
{
    protected override string Tables => "probe.notes, probe_other.notes, Kernel.outbox";

    [Test]
    public async Task RunAsync_WorkCompletes_SavesEveryContextInOneCommit()
    {
        await Kernel.Resolve<IUnitOfWork>().RunAsync("test", (scope, _) =>
        {
            scope.Resolve<ProbeDbContext>().Notes.Add(new Note { Text = "a" });
            scope.Resolve<OtherProbeDbContext>().Notes.Add(new Note { Text = "b" });
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await Db.ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.EqualTo(1));
            Assert.That(await Db.ScalarAsync<long>("SELECT count(*) FROM probe_other.notes"), Is.EqualTo(1));
        });
    }

    [Test]
    public void RunAsync_WorkThrows_LeavesNothingBehind()
    {
        var run = Kernel.Resolve<IUnitOfWork>().RunAsync("test", async (scope, ct) =>
        {
            var notes = scope.Resolve<ProbeDbContext>();
            notes.Notes.Add(new Note { Text = "saved, then rolled back" });
            await notes.SaveChangesAsync(ct);
            scope.Resolve<OtherProbeDbContext>().Notes.Add(new Note { Text = "never saved" });
            await scope.Resolve<IEventBus>().PublishAsync(new ProbeHappened("rolled back"), ct);
            throw new InvalidOperationException("handler failed");
        }, CancellationToken.None);

        Assert.ThrowsAsync<InvalidOperationException>(() => run);
        Assert.Multiple(async () =>
        {
            Assert.That(await Db.ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.Zero);
            Assert.That(await Db.ScalarAsync<long>("SELECT count(*) FROM probe_other.notes"), Is.Zero);
            Assert.That(await Db.ScalarAsync<long>("SELECT count(*) FROM Kernel.outbox"), Is.Zero);
        });
    }

    [Test]
    public async Task RunAsync_BeforeCommit_OtherConnectionsSeeNothing()
    {
        long seenFromOutside = -1;

        await Kernel.Resolve<IUnitOfWork>().RunAsync("test", async (scope, ct) =>
        {
            var notes = scope.Resolve<ProbeDbContext>();
            notes.Notes.Add(new Note { Text = "pending" });
            await notes.SaveChangesAsync(ct);
            seenFromOutside = await Db.ScalarAsync<long>("SELECT count(*) FROM probe.notes");
        }, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(seenFromOutside, Is.Zero);
            Assert.That(await Db.ScalarAsync<long>("SELECT count(*) FROM probe.notes"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task RunAsync_ContextsOfOneUnit_ShareOneConnection()
    {
        var connections = await Kernel.Resolve<IUnitOfWork>().RunAsync("test", (scope, _) =>
            Task.FromResult((
                scope.Resolve<ProbeDbContext>().Database.GetDbConnection(),
                scope.Resolve<OtherProbeDbContext>().Database.GetDbConnection())), CancellationToken.None);

        Assert.That(connections.Item1, Is.SameAs(connections.Item2));
    }

    [Test]
    public void Resolve_ContextOutsideAUnitOfWork_Fails() =>
        Assert.Throws<DependencyResolutionException>(() => Kernel.Container.Resolve<ProbeDbContext>());

    [Test]
    public void Resolve_SessionOutsideAUnitOfWork_SaysWhereItExists()
    {
        var error = Assert.Throws<DependencyResolutionException>(() => Kernel.Container.Resolve<Pryton.Kernel.Database.DbSession>());
        Assert.That(error!.ToString(), Does.Contain("only inside a unit of work"));
    }

    [Test]
    public async Task RunAsync_EachUnit_HasASessionAndActionsOfItsOwn()
    {
        var uow = Kernel.Resolve<IUnitOfWork>();
        var seen = new List<(Pryton.Kernel.Database.DbSession Session, IAfterCommit AfterCommit)>();
        for (var i = 0; i < 2; i++)
        {
            await uow.RunAsync("test", (scope, _) =>
            {
                var session = scope.Resolve<Pryton.Kernel.Database.DbSession>();
                Assert.That(scope.Resolve<Pryton.Kernel.Database.DbSession>(), Is.SameAs(session), "one session per unit");
                seen.Add((session, scope.Resolve<IAfterCommit>()));
                return Task.CompletedTask;
            }, CancellationToken.None);
        }

        Assert.Multiple(() =>
        {
            Assert.That(seen[1].Session, Is.Not.SameAs(seen[0].Session));
            Assert.That(seen[1].AfterCommit, Is.Not.SameAs(seen[0].AfterCommit));
        });
    }

    [Test]
    public async Task RunAsync_AfterCommitActions_RunOnlyWhenCommitted()
    {
        var ran = new List<string>();
        var uow = Kernel.Resolve<IUnitOfWork>();

        await uow.RunAsync("test", (scope, _) =>
        {
            scope.Resolve<IAfterCommit>().Add(() => ran.Add("committed"));
            return Task.CompletedTask;
        }, CancellationToken.None);
        Assert.CatchAsync<NpgsqlException>(() => uow.RunAsync("test", async (scope, ct) =>
        {
            scope.Resolve<IAfterCommit>().Add(() => ran.Add("rolled back"));
            await using var broken = scope.Resolve<Pryton.Kernel.Database.DbSession>().Command("SELECT * FROM no_such_table");
            await broken.ExecuteNonQueryAsync(ct);
        }, CancellationToken.None));

        Assert.That(ran, Is.EqualTo(new[] { "committed" }));
    }
}
