namespace Pryton.Contracts.Games;

/// <summary>The current phase was lengthened (or shortened) by an organiser.</summary>
public sealed record GameExtended(long GameId, int Minutes, DateTimeOffset PhaseEndsAt) : IIntegrationEvent;
