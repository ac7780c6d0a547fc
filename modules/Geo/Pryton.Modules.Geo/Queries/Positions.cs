using Pryton.Contracts.Geo;
using Pryton.Modules.Geo.Application;
using Pryton.Modules.Geo.Domain;

namespace Pryton.Modules.Geo.Queries;

internal sealed class Positions(PositionStore store, TimeProvider clock) : IPositions
{
    /// <summary>How old a position may be and still judge a find.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromMinutes(2);

    /// <summary>A seeker this close to the driver's car confirms the find by location.</summary>
    public const double ConfirmMeters = 150;

    public async Task<(double Latitude, double Longitude, DateTimeOffset At)?> LatestAsync(long gameId, long userId, CancellationToken ct) =>
        await store.LatestAsync(gameId, userId, ct) is { } p ? (p.Latitude, p.Longitude, p.At) : null;

    public async Task<FindCheck> CheckFindAsync(long gameId, long seekerId, long driverId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var seeker = await store.LatestAsync(gameId, seekerId, ct);
        var driver = await store.LatestAsync(gameId, driverId, ct);
        if (seeker is null || driver is null || now - seeker.At > Fresh || now - driver.At > Fresh)
        {
            return new FindCheck(FindVerdict.Unknown, null);
        }

        var meters = Haversine.Meters(seeker.Latitude, seeker.Longitude, driver.Latitude, driver.Longitude);
        return new FindCheck(meters <= ConfirmMeters ? FindVerdict.Confirmed : FindVerdict.Far, meters);
    }
}
