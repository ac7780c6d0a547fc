namespace Pryton.Testing;

/// <summary>Polls a condition with a timeout instead of sleeping: the bus and the sender work after commit.</summary>
public static class Eventually
{
    public static async Task That(Func<Task<bool>> probe, TimeSpan timeout, string? because = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not met within {timeout.TotalSeconds:0.#} s{(because is null ? string.Empty : ": " + because)}.");
            }

            await Task.Delay(20);
        }
    }

    public static Task That(Func<bool> probe, TimeSpan timeout, string? because = null) =>
        That(() => Task.FromResult(probe()), timeout, because);
}
