namespace Pryton.Contracts.Geo;

/// <summary>A circular game zone: centre and radius in metres.</summary>
public sealed record ZoneSummary(long Id, long DistrictId, string Name, double Latitude, double Longitude, int RadiusMeters);
