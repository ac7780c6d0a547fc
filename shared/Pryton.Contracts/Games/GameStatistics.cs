namespace Pryton.Contracts.Games;

/// <summary>
/// The organisers' numbers over all games. Finds and roles count completed games only; the average is from the start
/// of the search to each find.
/// </summary>
public sealed record GameStatistics(
    IReadOnlyDictionary<GameStage, int> GamesByStage,
    int Participations,
    int UniquePlayers,
    int DriverSeats,
    int SeekerSeats,
    double? AverageMinutesToFind,
    IReadOnlyList<(long UserId, int Finds)> TopSeekers,
    IReadOnlyList<(long UserId, int Games)> NeverFoundDrivers);

/// <summary>One player in one game, for the CSV export.</summary>
public sealed record GameRecordRow(
    long GameId, string Title, DateTimeOffset StartsAt, GameStage Stage, long UserId, string Seat, bool? Driver,
    DateTimeOffset? HiddenAt, DateTimeOffset? FoundAt, long? FoundBy);
