using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;

namespace Pryton.Modules.Admin.Data;

/// <summary>Maps the "admin" schema only; its tables come from the migrations beside it.</summary>
internal sealed class AdminDbContext(DbContextOptions options) : ModuleDbContext(options, "admin");
