namespace Pryton.Modules.Games.Jobs;

/// <param name="EndsAt">The deadline this warning was planned for: a moved deadline makes it stale.</param>
internal sealed record HidingWarningData(long GameId, DateTimeOffset EndsAt);
