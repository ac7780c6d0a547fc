namespace Pryton.Contracts.Games;

/// <summary>A player with a place in a game before its start: a seat (or a seat offered), or a place on the waitlist.</summary>
public sealed record GameEnrolment(long UserId, bool Seated, int? WaitlistPosition);
