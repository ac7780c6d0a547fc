using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;

namespace Pryton.IntegrationTests.Probe;

/// <summary>A second context on another schema: both must share the unit of work's connection and transaction.</summary>
internal sealed class OtherProbeDbContext(DbContextOptions options) : ModuleDbContext(options, "probe_other")
{
    public DbSet<Note> Notes => Set<Note>();
}
