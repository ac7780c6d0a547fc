namespace Pryton.Contracts.Geo;

/// <summary>A player has been outside the game's zone for the grace period (two trusted points in a row).</summary>
public sealed record PlayerLeftZone(long GameId, long UserId, double DistanceMeters, DateTimeOffset At) : IIntegrationEvent;
