namespace Pryton.Contracts.Games;

/// <summary>A game was called off before it ended (its jobs are gone; reminders stop).</summary>
public sealed record GameCanceled(long GameId, string Reason, DateTimeOffset At) : IIntegrationEvent;
