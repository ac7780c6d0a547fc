using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;
using Pryton.Modules.Geo.Domain;

namespace Pryton.Modules.Geo.Data;

/// <summary>Maps the "geo" schema only; its tables come from the migrations beside it.</summary>
internal sealed class GeoDbContext(DbContextOptions options) : ModuleDbContext(options, "geo")
{
    public DbSet<District> Districts => Set<District>();

    public DbSet<Zone> Zones => Set<Zone>();
}
