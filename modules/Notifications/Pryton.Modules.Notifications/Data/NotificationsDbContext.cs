using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;

namespace Pryton.Modules.Notifications.Data;

/// <summary>Maps the "notifications" schema only; its tables come from the migrations beside it.</summary>
internal sealed class NotificationsDbContext(DbContextOptions options) : ModuleDbContext(options, "notifications");
