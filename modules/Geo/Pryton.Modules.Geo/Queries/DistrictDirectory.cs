using Pryton.Modules.Geo.Domain;
using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Geo;
using Pryton.Modules.Geo.Data;

namespace Pryton.Modules.Geo.Queries;

internal sealed class DistrictDirectory(GeoDbContext db) : IDistrictDirectory
{
    public async Task<IReadOnlyList<DistrictSummary>> ListActiveAsync(CancellationToken ct) =>
        await db.Districts.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Name)
            .Select(d => new DistrictSummary(d.Id, d.Name)).ToListAsync(ct);

    public async Task<DistrictSummary?> FindAsync(long id, CancellationToken ct) =>
        await db.Districts.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new DistrictSummary(d.Id, d.Name)).FirstOrDefaultAsync(ct);

    public async Task<ZoneSummary?> FindZoneAsync(long zoneId, CancellationToken ct) =>
        await db.Zones.AsNoTracking().Where(z => z.Id == zoneId)
            .Select(z => new ZoneSummary(z.Id, z.DistrictId, z.Name, z.Latitude, z.Longitude, z.RadiusM)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<ZoneSummary>> ZonesAsync(long districtId, CancellationToken ct) =>
        await db.Zones.AsNoTracking().Where(z => z.DistrictId == districtId && z.IsActive).OrderByDescending(z => z.IsDefault).ThenBy(z => z.Name)
            .Select(z => new ZoneSummary(z.Id, z.DistrictId, z.Name, z.Latitude, z.Longitude, z.RadiusM)).ToListAsync(ct);

    public async Task<ZonePointCheck?> CheckPointAsync(long zoneId, double latitude, double longitude, CancellationToken ct)
    {
        if (await FindZoneAsync(zoneId, ct) is not { } zone)
        {
            return null;
        }

        var meters = Haversine.Meters(zone.Latitude, zone.Longitude, latitude, longitude);
        return new ZonePointCheck((int)Math.Round(meters), meters <= zone.RadiusMeters,
            Haversine.Compass(Haversine.Bearing(zone.Latitude, zone.Longitude, latitude, longitude)));
    }
}
