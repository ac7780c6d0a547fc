namespace Pryton.Contracts.Geo;

/// <summary>Adding districts and their zones (organisers, the sandbox's demo), implemented by the Geo module.</summary>
public interface IDistrictEditor
{
    /// <returns>The district's id; an existing district of that name is reused.</returns>
    Task<long> AddDistrictAsync(string name, CancellationToken ct);

    /// <param name="isDefault">The zone a new game of the district starts with; another default loses the flag.</param>
    Task<long> AddZoneAsync(long districtId, string name, double latitude, double longitude, int radiusMeters, bool isDefault, CancellationToken ct);
}
