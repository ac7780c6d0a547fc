namespace Pryton.Kernel.Events;

/// <summary>Wakes the dispatcher right after a commit that wrote events, instead of waiting for its next poll.</summary>
internal sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Pulse()
    {
        // At most one pending wake-up: a burst of commits wakes the dispatcher once, and it drains everything.
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

    public void Dispose() => signal.Dispose();
}
