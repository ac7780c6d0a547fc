using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Geo;
using Pryton.Modules.Geo.Data;
using Pryton.Modules.Geo.Domain;

namespace Pryton.Modules.Geo.Application;

internal sealed class DistrictEditor(GeoDbContext db, TimeProvider clock) : IDistrictEditor
{
    public const int MinRadius = 50;
    public const int MaxRadius = 50_000;

    public async Task<long> AddDistrictAsync(string name, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        name = name.Trim();
        if (await db.Districts.FirstOrDefaultAsync(d => d.Name == name, ct) is { } existing)
        {
            existing.IsActive = true;
            await db.SaveChangesAsync(ct);
            return existing.Id;
        }

        var district = new District { Name = name, CreatedAt = clock.GetUtcNow() };
        db.Districts.Add(district);
        await db.SaveChangesAsync(ct);
        return district.Id;
    }

    public async Task<long> AddZoneAsync(long districtId, string name, double latitude, double longitude, int radiusMeters, bool isDefault, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Check(latitude, longitude, radiusMeters);

        if (isDefault)
        {
            await db.Zones.Where(z => z.DistrictId == districtId && z.IsDefault).ExecuteUpdateAsync(z => z.SetProperty(x => x.IsDefault, false), ct);
        }

        var zone = new Zone
        {
            DistrictId = districtId, Name = name.Trim(), Latitude = latitude, Longitude = longitude, RadiusM = radiusMeters, IsDefault = isDefault, IsActive = true,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Zones.Add(zone);
        await db.SaveChangesAsync(ct);
        return zone.Id;
    }

    public async Task<bool> RenameDistrictAsync(long districtId, string name, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return await db.Districts.Where(d => d.Id == districtId).ExecuteUpdateAsync(d => d.SetProperty(x => x.Name, name.Trim()), ct) == 1;
    }

    public async Task<bool> SetDistrictActiveAsync(long districtId, bool active, CancellationToken ct) =>
        await db.Districts.Where(d => d.Id == districtId).ExecuteUpdateAsync(d => d.SetProperty(x => x.IsActive, active), ct) == 1;

    public async Task<bool> UpdateZoneAsync(long zoneId, double latitude, double longitude, int radiusMeters, CancellationToken ct)
    {
        Check(latitude, longitude, radiusMeters);
        return await db.Zones.Where(z => z.Id == zoneId && z.IsActive).ExecuteUpdateAsync(z => z
            .SetProperty(x => x.Latitude, latitude).SetProperty(x => x.Longitude, longitude).SetProperty(x => x.RadiusM, radiusMeters), ct) == 1;
    }

    public async Task<bool> SetDefaultZoneAsync(long zoneId, CancellationToken ct)
    {
        if (await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.Id == zoneId && z.IsActive, ct) is not { } zone)
        {
            return false;
        }

        await db.Zones.Where(z => z.DistrictId == zone.DistrictId).ExecuteUpdateAsync(z => z.SetProperty(x => x.IsDefault, x => x.Id == zoneId), ct);
        return true;
    }

    public async Task<bool> RemoveZoneAsync(long zoneId, CancellationToken ct) =>
        await db.Zones.Where(z => z.Id == zoneId && z.IsActive).ExecuteUpdateAsync(z => z.SetProperty(x => x.IsActive, false).SetProperty(x => x.IsDefault, false), ct) == 1;

    private static void Check(double latitude, double longitude, int radiusMeters)
    {
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180 || radiusMeters is < MinRadius or > MaxRadius)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusMeters), "A zone is a point on Earth with a radius of 50 m to 50 km.");
        }
    }
}
