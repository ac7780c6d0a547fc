using Pryton.Kernel.Scheduling;

namespace Pryton.Kernel.Tests.Scheduling;

/// <summary>A cancel asked for after a schedule wins, even when the schedule is applied last; a later schedule wins over an earlier cancel.</summary>
public sealed class SchedulerTicketsTests
{
    [Test]
    public void ALateScheduleOfACancelledScope_IsSkipped_ButANewerScheduleIsNot()
    {
        var tickets = new SchedulerTickets();
        var start = tickets.Next();           // the game starts: its phase timers are asked for
        var end = tickets.Next();             // the game ends (having seen the start): its scope is cancelled
        tickets.Cancelled("scope:games.game.7", end);
        var replanned = tickets.Next();       // an admin re-plans later

        Assert.Multiple(() =>
        {
            Assert.That(tickets.CancelledSince(start, "games.phase-end.7.hiding", "games.game.7"), Is.True, "the late hook must not bring the timer back");
            Assert.That(tickets.CancelledSince(replanned, "games.phase-end.7.hiding", "games.game.7"), Is.False);
            Assert.That(tickets.CancelledSince(start, "games.phase-end.8.hiding", "games.game.8"), Is.False, "other games are not touched");
        });
    }

    [Test]
    public void ACancelledKey_BlocksOnlyThatKey()
    {
        var tickets = new SchedulerTickets();
        var warning = tickets.Next();
        tickets.Cancelled("key:games.hiding-warning.3", tickets.Next());

        Assert.Multiple(() =>
        {
            Assert.That(tickets.CancelledSince(warning, "games.hiding-warning.3", "games.game.3"), Is.True);
            Assert.That(tickets.CancelledSince(warning, "games.phase-end.3.hiding", "games.game.3"), Is.False);
        });
    }
}
