namespace Pryton.Contracts.Games;

/// <summary>An organiser moved a game's start (reminders move with it).</summary>
public sealed record GameRescheduled(long GameId, DateTimeOffset StartsAt) : IIntegrationEvent;
