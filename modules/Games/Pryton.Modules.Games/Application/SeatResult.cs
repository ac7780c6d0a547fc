namespace Pryton.Modules.Games.Application;

/// <summary>The outcome, the player's place in line when queued, and who was offered a freed seat, if anyone.</summary>
internal sealed record SeatResult(SeatOutcome Outcome, int? Position = null, long? PromotedUserId = null, DateTimeOffset? OfferedUntil = null);
