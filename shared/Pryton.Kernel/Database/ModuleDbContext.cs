using Microsoft.EntityFrameworkCore;

namespace Pryton.Kernel.Database;

/// <summary>
/// Base of every module's DbContext: maps only the module's own schema. Tables are created by the module's
/// FluentMigrator migrations, never by EF.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options)
{
    public string Schema { get; } = schema;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, t => t.Namespace?.StartsWith(GetType().Namespace ?? string.Empty, StringComparison.Ordinal) == true);
    }
}
