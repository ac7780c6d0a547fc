using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;

namespace Pryton.Modules.Photos.Data;

/// <summary>Maps the "photos" schema only; its tables come from the migrations beside it.</summary>
internal sealed class PhotosDbContext(DbContextOptions options) : ModuleDbContext(options, "photos");
