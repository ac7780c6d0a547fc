namespace Pryton.Contracts.Games;

/// <summary>The organisers' live view of activity (the monitoring screen).</summary>
public sealed record GameActivity(
    int StartingInPeriod,
    IReadOnlyDictionary<long, int> GamesByDistrict,
    IReadOnlyList<(long GameId, string Title, DateTimeOffset StartsAt, GameStage Stage)> RecentGames,
    IReadOnlyList<(long GameId, string Title, long UserId, DateTimeOffset At)> RecentJoins);
