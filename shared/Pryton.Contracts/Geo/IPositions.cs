namespace Pryton.Contracts.Geo;

/// <summary>Players' positions during games, implemented by the Geo module. Never shown to other players.</summary>
public interface IPositions
{
    /// <summary>The player's latest point in the game, if any.</summary>
    Task<(double Latitude, double Longitude, DateTimeOffset At)?> LatestAsync(long gameId, long userId, CancellationToken ct);

    /// <summary>
    /// A found claim checked against positions: the seeker's and the driver's latest points, each at most 2 minutes
    /// old, within the confirm distance (150 m) → confirmed; farther → far; otherwise unknown.
    /// </summary>
    Task<FindCheck> CheckFindAsync(long gameId, long seekerId, long driverId, CancellationToken ct);
}
