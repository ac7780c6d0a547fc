namespace Pryton.Kernel.Bot.Intake;

/// <summary>Per-chat mutual exclusion inside the process: one chat's updates are handled one after another.</summary>
internal sealed class ChatLocks
{
    private readonly Dictionary<long, (SemaphoreSlim Gate, int Users)> locks = [];
    private readonly Lock gate = new();

    public async Task<IDisposable> AcquireAsync(long chatId, CancellationToken ct)
    {
        SemaphoreSlim semaphore;
        lock (gate)
        {
            var entry = locks.TryGetValue(chatId, out var existing) ? existing : (Gate: new SemaphoreSlim(1, 1), Users: 0);
            locks[chatId] = (entry.Gate, entry.Users + 1);
            semaphore = entry.Gate;
        }

        try
        {
            await semaphore.WaitAsync(ct);
        }
        catch
        {
            Release(chatId, semaphore, entered: false);
            throw;
        }

        return new Releaser(() => Release(chatId, semaphore, entered: true));
    }

    private void Release(long chatId, SemaphoreSlim semaphore, bool entered)
    {
        if (entered)
        {
            semaphore.Release();
        }

        lock (gate)
        {
            var entry = locks[chatId];
            if (entry.Users == 1)
            {
                locks.Remove(chatId);
                semaphore.Dispose();
            }
            else
            {
                locks[chatId] = (entry.Gate, entry.Users - 1);
            }
        }
    }

    private sealed class Releaser(Action release) : IDisposable
    {
        private Action? release = release;

        public void Dispose() => Interlocked.Exchange(ref release, null)?.Invoke();
    }
}
