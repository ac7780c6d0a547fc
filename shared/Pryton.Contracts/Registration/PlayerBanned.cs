namespace Pryton.Contracts.Registration;

/// <summary>An organiser closed games to a player (<paramref name="AdminId"/> did). Unbanning gives nothing back by itself.</summary>
public sealed record PlayerBanned(long UserId, long AdminId) : IIntegrationEvent;
