namespace Pryton.Contracts.Games;

/// <summary>An organiser froze the game's clock.</summary>
public sealed record GamePaused(long GameId, DateTimeOffset At) : IIntegrationEvent;
