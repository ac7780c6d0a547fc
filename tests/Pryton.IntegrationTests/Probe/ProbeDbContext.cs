using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;

namespace Pryton.IntegrationTests.Probe;

internal sealed class ProbeDbContext(DbContextOptions options) : ModuleDbContext(options, "probe")
{
    public DbSet<Note> Notes => Set<Note>();
}
