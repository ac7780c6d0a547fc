namespace Pryton.Kernel.Scheduling;

/// <summary>
/// Schedules one-shot jobs by deterministic key (<c>games.phase-end.1842.hiding</c>): scheduling a key again replaces
/// its trigger, never duplicates it. Inside a unit of work, changes apply right after the commit, so a rolled-back
/// decision schedules nothing. Jobs are persisted (PostgreSQL), fire once across replicas, and a trigger missed while
/// the bot was down fires at start-up.
/// </summary>
public interface IJobScheduler
{
    /// <param name="key">Starts with the job's module key; unique per planned action.</param>
    /// <param name="scope">Groups a thing's jobs (<c>games.game.1842</c>) so they can be cancelled together.</param>
    Task ScheduleAsync<TData>(string key, string scope, DateTimeOffset fireAt, TData data, CancellationToken ct)
        where TData : class;

    Task CancelAsync(string key, CancellationToken ct);

    /// <summary>Cancels every job of a scope (a cancelled game's reminders, phase ends and warnings).</summary>
    Task CancelScopeAsync(string scope, CancellationToken ct);

    /// <summary>Pending jobs, soonest first (the admin's scheduler screen).</summary>
    Task<IReadOnlyList<ScheduledJob>> ListAsync(string? scope, CancellationToken ct);

    /// <summary>
    /// The keys of every job planned or firing in the scopes that start with <paramref name="scopePrefix"/>
    /// (<c>games.game.</c>), in one read: for checks that only ask whether a timer exists.
    /// </summary>
    Task<IReadOnlySet<string>> PlannedKeysAsync(string scopePrefix, CancellationToken ct);
}
