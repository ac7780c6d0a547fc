using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;
using Pryton.Modules.Registration.Domain;

namespace Pryton.Modules.Registration.Data;

/// <summary>Maps the "registration" schema only; its tables come from the migrations beside it.</summary>
internal sealed class RegistrationDbContext(DbContextOptions options) : ModuleDbContext(options, "registration")
{
    public DbSet<Player> Players => Set<Player>();

    public DbSet<Rules> Rules => Set<Rules>();
}
