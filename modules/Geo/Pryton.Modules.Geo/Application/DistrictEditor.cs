using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Geo;
using Pryton.Modules.Geo.Data;
using Pryton.Modules.Geo.Domain;

namespace Pryton.Modules.Geo.Application;

internal sealed class DistrictEditor(GeoDbContext db, TimeProvider clock) : IDistrictEditor
{
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
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180 || radiusMeters is < 50 or > 50_000)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusMeters), "A zone is a point on Earth with a radius of 50 m to 50 km.");
        }

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
}
