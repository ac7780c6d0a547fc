using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;

namespace Pryton.Modules.Registration.Data;

/// <summary>Maps the "registration" schema only; its tables come from the migrations beside it.</summary>
internal sealed class RegistrationDbContext(DbContextOptions options) : ModuleDbContext(options, "registration");
