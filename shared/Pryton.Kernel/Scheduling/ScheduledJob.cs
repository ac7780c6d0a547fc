namespace Pryton.Kernel.Scheduling;

/// <summary>A pending job as the scheduler holds it.</summary>
public sealed record ScheduledJob(string Key, string Scope, string Job, DateTimeOffset? FireAt);
