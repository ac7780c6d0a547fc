using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Data.Configurations;

internal sealed class GameConfiguration : IEntityTypeConfiguration<Game>
{
    public void Configure(EntityTypeBuilder<Game> builder)
    {
        builder.ToTable("games");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Status).HasConversion(s => SnakeCaseEnum.ToText(s), s => SnakeCaseEnum.Parse<GameStatus>(s));
        builder.Ignore(g => g.LocalStart);
        builder.Ignore(g => g.Running);
        builder.Ignore(g => g.Final);
    }
}
