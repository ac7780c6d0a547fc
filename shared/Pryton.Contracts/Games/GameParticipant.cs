namespace Pryton.Contracts.Games;

/// <summary>
/// A seated player of a started game. <paramref name="HidAsDriver"/> is the role the player started with (a found
/// driver who became a seeker is still counted among the drivers of the game's record).
/// </summary>
public sealed record GameParticipant(long UserId, bool HidAsDriver, DateTimeOffset? HiddenAt, DateTimeOffset? FoundAt, long? FoundBy);
