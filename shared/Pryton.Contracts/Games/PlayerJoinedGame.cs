namespace Pryton.Contracts.Games;

/// <summary>A player took a seat (<paramref name="Seated"/>) or a place on the waitlist.</summary>
public sealed record PlayerJoinedGame(long GameId, long UserId, bool Seated) : IIntegrationEvent;
