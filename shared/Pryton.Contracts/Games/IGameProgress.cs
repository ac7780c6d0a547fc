namespace Pryton.Contracts.Games;

/// <summary>
/// What players do during a game, reported by the modules that see it happen (Photos: a hiding photo, a confirmed
/// find). Each call is idempotent: a second report of the same fact changes nothing and returns false.
/// </summary>
public interface IGameProgress
{
    /// <summary>A driver confirmed being hidden (hiding phase only).</summary>
    Task<bool> DriverHidAsync(long gameId, long driverId, CancellationToken ct);

    /// <summary>A driver was found by a seeker (searching phase only); <paramref name="confirmedBy"/> is the admin who approved, if any.</summary>
    Task<bool> DriverFoundAsync(long gameId, long driverId, long seekerId, long? confirmedBy, CancellationToken ct);

    /// <summary>
    /// A find claimed during the search but confirmed only after the game completed: it counts at
    /// <paramref name="claimedAt"/> and the results are sent again, marked as updated. False when the game is not
    /// completed, the claim was not made during its search, or the driver already counts as found.
    /// </summary>
    Task<bool> LateFindAsync(long gameId, long driverId, long seekerId, DateTimeOffset claimedAt, long? confirmedBy, CancellationToken ct);
}
