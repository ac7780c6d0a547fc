namespace Pryton.Contracts.Games;

/// <summary>A game ended: <paramref name="Reason"/> is all_found, time_up or admin.</summary>
public sealed record GameCompleted(long GameId, string Reason, DateTimeOffset At) : IIntegrationEvent;
