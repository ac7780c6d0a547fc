namespace Pryton.Contracts.Games;

/// <summary>The clock runs again; the phase ends at <paramref name="PhaseEndsAt"/>.</summary>
public sealed record GameResumed(long GameId, DateTimeOffset PhaseEndsAt) : IIntegrationEvent;
