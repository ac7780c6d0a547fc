namespace Pryton.Contracts.Admin;

/// <summary>Somebody became an organiser in the bot (published after the grant is committed).</summary>
public sealed record AdminGranted(long UserId, long GrantedBy, DateTimeOffset At) : IIntegrationEvent;
