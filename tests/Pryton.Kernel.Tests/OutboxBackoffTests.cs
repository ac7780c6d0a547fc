using Pryton.Kernel.Events;

namespace Pryton.Kernel.Tests;

public sealed class OutboxBackoffTests
{
    [TestCase(1, 1)]
    [TestCase(2, 2)]
    [TestCase(4, 8)]
    [TestCase(20, 300)]
    public void Backoff_AfterAttempts_DoublesUpToFiveMinutes(int attempts, int seconds) =>
        Assert.That(OutboxDispatcher.Backoff(attempts), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
}
