namespace Pryton.Contracts.Games;

/// <summary>Seekers search until <paramref name="EndsAt"/>.</summary>
public sealed record SearchPhaseStarted(long GameId, DateTimeOffset EndsAt) : IIntegrationEvent;
