namespace Pryton.Contracts.Admin;

/// <summary>An organiser lost the role (published after the revocation is committed).</summary>
public sealed record AdminRevoked(long UserId, long RevokedBy, DateTimeOffset At) : IIntegrationEvent;
