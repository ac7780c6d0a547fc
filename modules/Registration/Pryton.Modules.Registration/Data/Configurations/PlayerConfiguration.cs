using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pryton.Contracts.Registration;
using Pryton.Modules.Registration.Domain;

namespace Pryton.Modules.Registration.Data.Configurations;

internal sealed class PlayerConfiguration : IEntityTypeConfiguration<Player>
{
    public void Configure(EntityTypeBuilder<Player> builder)
    {
        builder.ToTable("players");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.Property(p => p.PreferredRole).HasConversion(r => r.ToString().ToLowerInvariant(), s => Enum.Parse<PreferredRole>(s, true));
        builder.Ignore(p => p.Car);
    }
}
