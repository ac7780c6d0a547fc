namespace Pryton.Kernel.Common;

/// <summary>
/// Wakes a background loop right after a commit gave it work, instead of waiting for its next poll. At most one
/// wake-up is pending: a burst of commits wakes the loop once, and it drains everything.
/// </summary>
public abstract class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Pulse()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit pulsed at the same moment; one wake-up is enough.
            }
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await signal.WaitAsync(timeout, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down; the caller's loop checks the token.
        }
    }

    public void Dispose()
    {
        signal.Dispose();
        GC.SuppressFinalize(this);
    }
}
