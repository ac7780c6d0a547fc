namespace Pryton.Contracts.Games;

/// <summary>
/// A game as other modules see it. <paramref name="PhaseEndsAt"/> is the current phase's deadline (null outside a
/// phase); while <paramref name="PausedAt"/> is set the deadline is frozen and moves on resume.
/// </summary>
public sealed record GameSnapshot(
    long Id,
    string Title,
    GameStage Stage,
    long DistrictId,
    long? ZoneId,
    string TimeZone,
    DateTimeOffset StartsAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? PhaseEndsAt,
    DateTimeOffset? PausedAt,
    int MaxParticipants,
    int MaxDrivers,
    bool ManualControl,
    bool FoundBecomesSeeker)
{
    public bool Running => Stage is GameStage.Hiding or GameStage.Searching;

    /// <summary>A time shown to players: in the game's own time zone.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}
