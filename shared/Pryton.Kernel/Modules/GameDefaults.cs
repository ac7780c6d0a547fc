namespace Pryton.Kernel.Modules;

/// <summary>
/// Operator seed values for games (ARCHITECTURE §10: <c>TIMEZONE</c>, <c>HIDING_TIME</c>, <c>HIDING_WARNING_TIME</c>,
/// <c>REMINDER_BEFORE_GAME</c>, <c>PRYTON_LOCATION_RETENTION_DAYS</c>). Modules read them where a setting starts life;
/// admins change the live values in the bot.
/// </summary>
public sealed record GameDefaults
{
    public string TimeZone { get; init; } = "Europe/Moscow";

    public int HidingMinutes { get; init; } = 30;

    public int HidingWarningMinutes { get; init; } = 5;

    public IReadOnlyList<int> ReminderMinutes { get; init; } = [1440, 60, 5];

    public int LocationRetentionDays { get; init; } = 7;
}
