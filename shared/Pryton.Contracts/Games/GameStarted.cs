namespace Pryton.Contracts.Games;

/// <summary>A game started: roles are set and the hiding phase begins (<paramref name="StartedBy"/> is the admin, null for the timer).</summary>
public sealed record GameStarted(long GameId, DateTimeOffset StartedAt, long? StartedBy) : IIntegrationEvent;
