namespace Pryton.Contracts.Geo;

/// <summary>The city's districts, implemented by the Geo module.</summary>
public interface IDistrictDirectory
{
    /// <summary>Active districts, by name.</summary>
    Task<IReadOnlyList<DistrictSummary>> ListActiveAsync(CancellationToken ct);

    Task<DistrictSummary?> FindAsync(long id, CancellationToken ct);

    Task<ZoneSummary?> FindZoneAsync(long zoneId, CancellationToken ct);

    /// <summary>A district's active zones, its default zone first.</summary>
    Task<IReadOnlyList<ZoneSummary>> ZonesAsync(long districtId, CancellationToken ct);

    /// <summary>Where a point is against a zone ("test a point"): its distance from the centre, inside or not, and the direction.</summary>
    Task<ZonePointCheck?> CheckPointAsync(long zoneId, double latitude, double longitude, CancellationToken ct);
}
