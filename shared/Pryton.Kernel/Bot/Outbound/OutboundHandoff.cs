using System.Collections.Concurrent;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>
/// Messages a unit of work queued at the head of their chat, handed to the sender right after the commit: a reply
/// goes out without waiting for the sender's next query of <c>kernel.outbound</c>. The table stays the truth —
/// whatever the sender cannot take at once (a busy chat, the rate limit, another replica leading) it finds there.
/// </summary>
internal sealed class OutboundHandoff
{
    private readonly ConcurrentQueue<QueuedMessage> fresh = new();
    private int scanWanted = 1;

    public void Offer(QueuedMessage message) => fresh.Enqueue(message);

    public bool TryTake(out QueuedMessage message) => fresh.TryDequeue(out message!);

    /// <summary>Something waits that only the table knows of: a message behind another, a coalesced edit, a retry.</summary>
    public void WantScan() => Volatile.Write(ref scanWanted, 1);

    public bool TakeScanWanted() => Interlocked.Exchange(ref scanWanted, 0) == 1;
}
