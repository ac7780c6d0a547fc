namespace Pryton.Modules.Notifications.Jobs;

/// <param name="EndsAt">The deadline this notice was planned for: a moved deadline makes it stale.</param>
internal sealed record SearchEndsData(long GameId, int MinutesLeft, DateTimeOffset EndsAt);
