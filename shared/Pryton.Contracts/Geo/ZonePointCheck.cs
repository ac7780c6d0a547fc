namespace Pryton.Contracts.Geo;

/// <param name="Compass">The direction from the zone's centre to the point: N, NE, E, …</param>
public sealed record ZonePointCheck(int DistanceMeters, bool Inside, string Compass);
