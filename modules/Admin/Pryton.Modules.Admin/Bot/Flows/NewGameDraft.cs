namespace Pryton.Modules.Admin.Bot.Flows;

/// <summary>
/// The create-game wizard's form, kept by the kernel between answers (a restart resumes it). <see cref="Editing"/>
/// is set when the organiser went back from the preview to change one group of answers.
/// </summary>
internal sealed record NewGameDraft(
    string? Title = null,
    long? DistrictId = null,
    long? ZoneId = null,
    DateOnly? Date = null,
    TimeOnly? Time = null,
    int? Capacity = null,
    int? Drivers = null,
    int? MinPlayers = null,
    int? HidingMinutes = null,
    int? SearchingMinutes = null,
    string? Description = null,
    bool ManualControl = false,
    bool FoundBecomesSeeker = false,
    bool Editing = false);
