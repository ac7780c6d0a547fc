namespace Pryton.Modules.Admin.Application;

/// <summary>One line of the audit: who did (or tried) what, on what, when.</summary>
internal sealed record AuditEntry(long ActorId, string Action, string? Target, bool Allowed, DateTimeOffset At);
