namespace Pryton.Modules.Notifications.Jobs;

/// <param name="StartsAt">The start this reminder was planned for: a moved game makes it stale.</param>
internal sealed record ReminderData(long GameId, int MinutesBefore, DateTimeOffset StartsAt);
