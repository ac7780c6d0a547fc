namespace Pryton.Modules.Games.Application;

/// <summary>What an organiser decides when scheduling a game; what is left out comes from the live game settings.</summary>
internal sealed record NewGame(
    string Title,
    long DistrictId,
    DateTimeOffset StartsAt,
    int MaxParticipants,
    int MaxDrivers = 1,
    int? MinParticipants = null,
    int? HidingMinutes = null,
    int? SearchingMinutes = null,
    string? TimeZone = null,
    string? Description = null,
    long? ZoneId = null,
    bool ManualControl = false,
    bool FoundBecomesSeeker = false);
