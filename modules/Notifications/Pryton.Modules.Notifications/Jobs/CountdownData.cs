namespace Pryton.Modules.Notifications.Jobs;

/// <param name="Phase">start, hiding or searching.</param>
/// <param name="Deadline">The instant counted down to: a moved deadline makes this tick stale.</param>
internal sealed record CountdownData(long GameId, string Phase, DateTimeOffset Deadline)
{
    public static string Key(long gameId) => $"notifications.countdown.{gameId}";
}
