namespace Pryton.Contracts.Geo;

/// <summary>Adding districts and their zones (organisers, the sandbox's demo), implemented by the Geo module.</summary>
public interface IDistrictEditor
{
    /// <returns>The district's id; an existing district of that name is reused.</returns>
    Task<long> AddDistrictAsync(string name, CancellationToken ct);

    /// <param name="isDefault">The zone a new game of the district starts with; another default loses the flag.</param>
    Task<long> AddZoneAsync(long districtId, string name, double latitude, double longitude, int radiusMeters, bool isDefault, CancellationToken ct);

    Task<bool> RenameDistrictAsync(long districtId, string name, CancellationToken ct);

    /// <summary>A switched-off district is not offered for new games or sign-ups; its games and history stay.</summary>
    Task<bool> SetDistrictActiveAsync(long districtId, bool active, CancellationToken ct);

    /// <summary>Moves or resizes a zone; a game already running keeps watching the zone as it now is.</summary>
    Task<bool> UpdateZoneAsync(long zoneId, double latitude, double longitude, int radiusMeters, CancellationToken ct);

    Task<bool> SetDefaultZoneAsync(long zoneId, CancellationToken ct);

    /// <summary>Takes a zone out of use (kept for the games that were played in it).</summary>
    Task<bool> RemoveZoneAsync(long zoneId, CancellationToken ct);
}
