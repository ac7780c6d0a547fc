namespace Pryton.Modules.Notifications.Application;

/// <summary>
/// When a countdown is edited and what it says: whole minutes until the last one, then 45, 30, 15 and 5 seconds —
/// few enough edits that a chat never comes near its limit, and the last minute still feels live.
/// </summary>
internal static class CountdownSteps
{
    public static readonly TimeSpan Lead = TimeSpan.FromMinutes(10);

    private static readonly int[] LastMinuteSeconds = [45, 30, 15, 5];

    private static readonly TimeSpan Jitter = TimeSpan.FromMilliseconds(500);

    /// <summary>The next instant to show, or null when the deadline itself is next (the phase change says the rest).</summary>
    public static DateTimeOffset? Next(DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = deadline - now;
        var minutes = (int)Math.Ceiling((left - Jitter).TotalMinutes) - 1;
        if (minutes >= 1)
        {
            return deadline.AddMinutes(-minutes);
        }

        foreach (var seconds in LastMinuteSeconds)
        {
            if (left - Jitter > TimeSpan.FromSeconds(seconds))
            {
                return deadline.AddSeconds(-seconds);
            }
        }

        return null;
    }

    /// <summary>Time left as shown: minutes, or seconds in the last minute.</summary>
    public static (bool Seconds, int Value) Left(TimeSpan left) => left >= TimeSpan.FromSeconds(59.5)
        ? (false, (int)Math.Round(left.TotalMinutes))
        : (true, Math.Max(0, (int)Math.Round(left.TotalSeconds)));
}
