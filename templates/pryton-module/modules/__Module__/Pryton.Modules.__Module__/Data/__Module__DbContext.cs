using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;
using Pryton.Modules.__Module__.Domain;

namespace Pryton.Modules.__Module__.Data;

/// <summary>Maps the "__module__" schema only; its tables come from the migrations beside it.</summary>
internal sealed class __Module__DbContext(DbContextOptions options) : ModuleDbContext(options, "__module__")
{
    public DbSet<Newcomer> Newcomers => Set<Newcomer>();
}
