namespace Pryton.Modules.Geo.Domain;

/// <summary>One location point as Telegram delivered it.</summary>
internal sealed record Ping(double Latitude, double Longitude, double? AccuracyMeters, int? Heading, bool Live, DateTimeOffset At, DateTimeOffset? LiveUntil);
