using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;

namespace Pryton.Modules.Roles.Data;

/// <summary>Maps the "roles" schema only; its tables come from the migrations beside it.</summary>
internal sealed class RolesDbContext(DbContextOptions options) : ModuleDbContext(options, "roles");
