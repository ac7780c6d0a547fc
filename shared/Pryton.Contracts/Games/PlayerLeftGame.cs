namespace Pryton.Contracts.Games;

/// <summary>A player left a game's seat or waitlist before the start (reminders for them are cancelled).</summary>
public sealed record PlayerLeftGame(long GameId, long UserId) : IIntegrationEvent;
