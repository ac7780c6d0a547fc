using Pryton.Modules.Notifications.Application;

namespace Pryton.IntegrationTests.Notifications;

/// <summary>The countdown's rhythm: whole minutes, then 45, 30, 15 and 5 seconds, then the deadline itself.</summary>
public sealed class CountdownStepsTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 12, 5, 18, 0, 0, TimeSpan.Zero);

    [Test]
    public void FromTenMinutesBefore_EveryStepIsVisited_InOrder_AndNothingAfterFiveSeconds()
    {
        var visited = new List<TimeSpan>();
        var now = Deadline.AddMinutes(-10);
        while (CountdownSteps.Next(Deadline, now) is { } next)
        {
            Assert.That(next, Is.GreaterThan(now));
            visited.Add(Deadline - next);
            now = next.AddMilliseconds(3); // a tick fires a little late
        }

        Assert.That(visited, Is.EqualTo(Enumerable.Range(1, 9).Reverse().Select(m => TimeSpan.FromMinutes(m))
            .Concat(new[] { 45, 30, 15, 5 }.Select(s => TimeSpan.FromSeconds(s)))));
    }

    [TestCase(600.0, false, 10)]
    [TestCase(599.7, false, 10)]
    [TestCase(60.0, false, 1)]
    [TestCase(45.2, true, 45)]
    [TestCase(4.9, true, 5)]
    [TestCase(-1.0, true, 0)]
    public void TimeLeft_IsShownInMinutes_ThenSeconds(double seconds, bool inSeconds, int value) =>
        Assert.That(CountdownSteps.Left(TimeSpan.FromSeconds(seconds)), Is.EqualTo((inSeconds, value)));

    [Test]
    public void ATickRunningLate_SkipsTheStepsItMissed()
    {
        Assert.That(CountdownSteps.Next(Deadline, Deadline.AddMinutes(-3).AddSeconds(20)), Is.EqualTo(Deadline.AddMinutes(-2)));
    }
}
