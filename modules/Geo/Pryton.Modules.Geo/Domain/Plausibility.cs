namespace Pryton.Modules.Geo.Domain;

/// <summary>
/// Points that cannot be trusted on their own (GAME-RULES §14 rewrite): faster than 250 km/h since the previous one,
/// a jump of more than 5 km in under 30 s, or an accuracy worse than 500 m. A flagged point is stored and shown,
/// but never raises a zone alert by itself.
/// </summary>
internal static class Plausibility
{
    public const double MaxSpeedKmh = 250;
    public const double MaxJumpMeters = 5_000;
    public static readonly TimeSpan JumpWindow = TimeSpan.FromSeconds(30);
    public const double WorstAccuracyMeters = 500;

    /// <returns>Comma-separated flags (speed, jump, accuracy), or null for a plausible point.</returns>
    public static string? Flags(Ping ping, Ping? previous)
    {
        var flags = new List<string>(3);
        if (ping.AccuracyMeters > WorstAccuracyMeters)
        {
            flags.Add("accuracy");
        }

        if (previous is not null)
        {
            var meters = Haversine.Meters(previous.Latitude, previous.Longitude, ping.Latitude, ping.Longitude);
            var seconds = Math.Max(1, (ping.At - previous.At).TotalSeconds);
            if (meters / seconds * 3.6 > MaxSpeedKmh)
            {
                flags.Add("speed");
            }

            if (meters > MaxJumpMeters && ping.At - previous.At < JumpWindow)
            {
                flags.Add("jump");
            }
        }

        return flags.Count == 0 ? null : string.Join(',', flags);
    }
}
