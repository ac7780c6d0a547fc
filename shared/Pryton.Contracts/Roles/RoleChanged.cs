namespace Pryton.Contracts.Roles;

/// <summary>One player's role changed: reason manual, swap or found_driver.</summary>
public sealed record RoleChanged(long GameId, long UserId, GameRole Role, string Reason) : IIntegrationEvent;
