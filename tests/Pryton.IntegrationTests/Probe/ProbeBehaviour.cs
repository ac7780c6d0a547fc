namespace Pryton.IntegrationTests.Probe;

/// <summary>Per-container switches for the probe's handlers (one container per test, so no shared state).</summary>
internal sealed class ProbeBehaviour
{
    private int failuresLeft;

    public int FailuresLeft
    {
        get => Volatile.Read(ref failuresLeft);
        set => Volatile.Write(ref failuresLeft, value);
    }

    public bool ShouldFail() => Interlocked.Decrement(ref failuresLeft) >= 0;
}
