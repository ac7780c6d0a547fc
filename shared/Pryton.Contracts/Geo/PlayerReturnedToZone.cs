namespace Pryton.Contracts.Geo;

/// <summary>A player who had left the zone is back inside.</summary>
public sealed record PlayerReturnedToZone(long GameId, long UserId, DateTimeOffset At) : IIntegrationEvent;
