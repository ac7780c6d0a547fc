namespace Pryton.Modules.Games.Domain;

/// <summary>A scheduled game: where, when, how many, how long, and its state.</summary>
internal sealed class Game
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public long DistrictId { get; set; }

    public long? ZoneId { get; set; }

    public required string TimeZone { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public int MaxParticipants { get; set; }

    public int MaxDrivers { get; set; }

    public int MinParticipants { get; set; }

    public int HidingMinutes { get; set; }

    public int SearchingMinutes { get; set; }

    public int SeatOfferMinutes { get; set; } = 15;

    public bool ManualControl { get; set; }

    public bool FoundBecomesSeeker { get; set; }

    public GameStatus Status { get; set; }

    public long CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The current phase's deadline; frozen while <see cref="PausedAt"/> is set.</summary>
    public DateTimeOffset? PhaseEndsAt { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    public DateTimeOffset? SearchStartedAt { get; set; }

    /// <summary>all_found, time_up or admin.</summary>
    public string? EndReason { get; set; }

    public string? CancelReason { get; set; }

    public bool Final => Status is GameStatus.Completed or GameStatus.Canceled;

    /// <summary>Joining and leaving are open until the game starts.</summary>
    public bool OpenForSignUp(DateTimeOffset now) => Status is GameStatus.Recruiting or GameStatus.Full && StartsAt > now;

    public bool Running => Status is GameStatus.HidingPhase or GameStatus.SearchingPhase;

    /// <summary>The start time as players read it: in the game's own time zone.</summary>
    public DateTimeOffset LocalStart => Local(StartsAt);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}
