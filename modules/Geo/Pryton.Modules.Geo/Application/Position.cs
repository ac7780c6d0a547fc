namespace Pryton.Modules.Geo.Application;

/// <summary>A player's latest point in a game with the zone watch's memory.</summary>
internal sealed record Position(
    long GameId,
    long UserId,
    double Latitude,
    double Longitude,
    double? AccuracyMeters,
    bool Live,
    DateTimeOffset? LiveUntil,
    string? Flags,
    double DistanceMeters,
    DateTimeOffset At,
    DateTimeOffset? OutSince,
    bool OutAlerted,
    int OutCount);
