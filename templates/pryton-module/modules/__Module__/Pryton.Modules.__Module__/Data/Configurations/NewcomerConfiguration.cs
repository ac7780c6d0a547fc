using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pryton.Modules.__Module__.Domain;

namespace Pryton.Modules.__Module__.Data.Configurations;

internal sealed class NewcomerConfiguration : IEntityTypeConfiguration<Newcomer>
{
    public void Configure(EntityTypeBuilder<Newcomer> builder)
    {
        builder.ToTable("newcomers");
        builder.HasKey(n => n.UserId);
        builder.Property(n => n.UserId).ValueGeneratedNever();
    }
}
