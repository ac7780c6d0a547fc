namespace Pryton.Modules.Games.Application;

/// <summary>What an organiser decides when scheduling a game; defaults follow the game settings of GAME-RULES §11.</summary>
internal sealed record NewGame(
    string Title,
    long DistrictId,
    DateTimeOffset StartsAt,
    int MaxParticipants,
    int MaxDrivers = 1,
    int MinParticipants = 3,
    int HidingMinutes = 30,
    int SearchingMinutes = 60,
    string TimeZone = "Europe/Moscow",
    string? Description = null,
    long? ZoneId = null);
