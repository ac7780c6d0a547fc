namespace Pryton.Modules.Geo.Domain;

/// <summary>
/// Outside the zone means farther from its centre than the radius plus the point's accuracy. A player is warned when
/// two consecutive trusted points are outside and span at least the grace period; the next point inside clears it.
/// </summary>
internal static class ZoneWatch
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public static bool Outside(double distanceMeters, int radiusMeters, double? accuracyMeters) => distanceMeters > radiusMeters + (accuracyMeters ?? 0);

    /// <summary>The watch's next state after a trusted point, and whether to warn or to clear now.</summary>
    public static (DateTimeOffset? OutSince, bool Alerted, ZoneChange Change) Next(bool outside, DateTimeOffset at, DateTimeOffset? outSince, bool alerted)
    {
        if (!outside)
        {
            return (null, false, alerted ? ZoneChange.Returned : ZoneChange.None);
        }

        var since = outSince ?? at;
        return !alerted && outSince is not null && at - since >= Grace ? (since, true, ZoneChange.Left) : (since, alerted, ZoneChange.None);
    }
}
