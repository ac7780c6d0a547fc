using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Data;

/// <summary>Maps the "games" schema only; its tables come from the migrations beside it.</summary>
internal sealed class GamesDbContext(DbContextOptions options) : ModuleDbContext(options, "games")
{
    public DbSet<Game> Games => Set<Game>();

    public DbSet<GamePlayer> Players => Set<GamePlayer>();
}
