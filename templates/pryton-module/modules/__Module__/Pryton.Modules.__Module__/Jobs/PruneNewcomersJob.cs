using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Scheduling;
using Pryton.Modules.__Module__.Data;

namespace Pryton.Modules.__Module__.Jobs;

/// <summary>Job data: ids only, stored as JSON with the trigger (this job needs none).</summary>
internal sealed record PruneNewcomersData;

/// <summary>
/// Daily, declared in the module class: forgets newcomers seen more than a year ago. Jobs run in their own unit of
/// work and must be idempotent — a misfired trigger may run late at start-up.
/// </summary>
internal sealed class PruneNewcomersJob(__Module__DbContext db, TimeProvider clock) : IPrytonJob<PruneNewcomersData>
{
    public async Task RunAsync(PruneNewcomersData data, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().AddYears(-1);
        await db.Newcomers.Where(n => n.SeenAt < cutoff).ExecuteDeleteAsync(ct);
    }
}
