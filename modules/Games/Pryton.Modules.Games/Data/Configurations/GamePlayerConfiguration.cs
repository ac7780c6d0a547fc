using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Data.Configurations;

internal sealed class GamePlayerConfiguration : IEntityTypeConfiguration<GamePlayer>
{
    public void Configure(EntityTypeBuilder<GamePlayer> builder)
    {
        builder.ToTable("game_players");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Status).HasConversion(s => SnakeCaseEnum.ToText(s), s => SnakeCaseEnum.Parse<SeatStatus>(s));
        builder.Ignore(p => p.HoldsSeat);
    }
}
