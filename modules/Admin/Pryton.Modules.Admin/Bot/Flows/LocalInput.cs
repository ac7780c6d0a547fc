using System.Globalization;

namespace Pryton.Modules.Admin.Bot.Flows;

/// <summary>How organisers type dates, times and numbers, read the same way in every dialog.</summary>
internal static class LocalInput
{
    private static readonly string[] DateFormats = ["d.M", "d.M.yyyy", "d.M.yy", "yyyy-MM-dd"];

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm"];

    /// <summary>"27.11", "27.11.2026", "2026-11-27" (the buttons); a day without a year is the next such day from <paramref name="today"/>.</summary>
    public static DateOnly? Date(string? text, DateOnly today)
    {
        if (!DateOnly.TryParseExact(text?.Trim().Replace('/', '.'), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        if (text!.Count(c => c == '.') != 1)
        {
            return date;
        }

        // In December, "05.01" is January of the next year.
        var thisYear = new DateOnly(today.Year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(today.Year, date.Month)));
        return thisYear < today ? thisYear.AddYears(1) : thisYear;
    }

    /// <summary>"19:30", "19.30" or "7:05".</summary>
    public static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact(text?.Trim().Replace('.', ':'), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    public static int? Number(string? text, int min, int max) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;

    /// <summary>A local date and time in <paramref name="timeZone"/> as an instant.</summary>
    public static DateTimeOffset Instant(DateOnly date, TimeOnly time, string timeZone)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById(timeZone).GetUtcOffset(local));
    }

    public static DateOnly Today(DateTimeOffset now, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
}
