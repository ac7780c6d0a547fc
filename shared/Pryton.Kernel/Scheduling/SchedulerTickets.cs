using System.Collections.Concurrent;

namespace Pryton.Kernel.Scheduling;

/// <summary>
/// Orders scheduler changes the way their units of work saw the world. Changes are numbered when they are asked for
/// (inside the unit of work) and applied after its commit. A unit that acted on another's committed state asks later,
/// so its number is higher: a cancel numbered after a schedule wins even when the schedule's commit hook runs late —
/// a finished game never gets its timers back. One per process (the scheduler's own host).
/// </summary>
internal sealed class SchedulerTickets
{
    private readonly ConcurrentDictionary<string, long> cancelled = new();
    private long last;

    public long Next() => Interlocked.Increment(ref last);

    public void Cancelled(string target, long ticket) => cancelled.AddOrUpdate(target, ticket, (_, seen) => Math.Max(seen, ticket));

    public bool CancelledSince(long ticket, string key, string scope) =>
        (cancelled.TryGetValue("key:" + key, out var byKey) && byKey > ticket) || (cancelled.TryGetValue("scope:" + scope, out var byScope) && byScope > ticket);
}
