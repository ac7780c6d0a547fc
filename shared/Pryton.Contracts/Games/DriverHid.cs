namespace Pryton.Contracts.Games;

/// <summary>A driver confirmed being hidden.</summary>
public sealed record DriverHid(long GameId, long DriverId, DateTimeOffset At) : IIntegrationEvent;
