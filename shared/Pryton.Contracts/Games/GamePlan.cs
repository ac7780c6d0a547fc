namespace Pryton.Contracts.Games;

/// <summary>
/// A game an organiser schedules. What is left null comes from the live game settings (durations, the minimum of
/// players) and the operator's time zone.
/// </summary>
public sealed record GamePlan(
    string Title,
    long DistrictId,
    long? ZoneId,
    DateTimeOffset StartsAt,
    int MaxParticipants,
    int MaxDrivers,
    int? MinParticipants = null,
    int? HidingMinutes = null,
    int? SearchingMinutes = null,
    string? Description = null,
    bool ManualControl = false,
    bool FoundBecomesSeeker = false)
{
    public const int TitleMin = 3;
    public const int TitleMax = 80;
    public const int DescriptionMax = 1000;
    public const int CapacityMin = 2;
    public const int CapacityMax = 200;
    public const int PhaseMinutesMin = 1;
    public const int HidingMinutesMax = 180;
    public const int SearchingMinutesMax = 300;

    /// <summary>What is wrong with the plan at <paramref name="now"/>, or null when it can be scheduled.</summary>
    public PlanProblem? Problem(DateTimeOffset now) => this switch
    {
        { Title.Length: < TitleMin or > TitleMax } => PlanProblem.Title,
        { Description.Length: > DescriptionMax } => PlanProblem.Description,
        _ when StartsAt <= now => PlanProblem.InThePast,
        { MaxParticipants: < CapacityMin or > CapacityMax } => PlanProblem.Capacity,
        _ when MaxDrivers < 1 || MaxDrivers >= MaxParticipants => PlanProblem.Drivers,
        _ when MinParticipants is { } min && (min < CapacityMin || min > MaxParticipants) => PlanProblem.MinParticipants,
        _ when HidingMinutes is < PhaseMinutesMin or > HidingMinutesMax || SearchingMinutes is < PhaseMinutesMin or > SearchingMinutesMax => PlanProblem.Duration,
        _ => null,
    };
}
