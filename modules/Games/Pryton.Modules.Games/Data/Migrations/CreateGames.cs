using FluentMigrator;

namespace Pryton.Modules.Games.Data.Migrations;

[Migration(202611252311, "games: games table")]
public sealed class CreateGames : Migration
{
    private const string Owner = "games";

    public override void Up()
    {
        Create.Table("games").InSchema(Owner)
            .WithColumn("id").AsInt64().PrimaryKey("pk_games").Identity()
            .WithColumn("title").AsString(100).NotNullable()
            .WithColumn("description").AsString(1000).Nullable()
            .WithColumn("district_id").AsInt64().NotNullable()                  // Geo's id, by value: no cross-schema FK
            .WithColumn("zone_id").AsInt64().Nullable()
            .WithColumn("time_zone").AsString(64).NotNullable()
            .WithColumn("starts_at").AsDateTimeOffset().NotNullable()
            .WithColumn("max_participants").AsInt32().NotNullable()
            .WithColumn("max_drivers").AsInt32().NotNullable()
            .WithColumn("min_participants").AsInt32().NotNullable()
            .WithColumn("hiding_minutes").AsInt32().NotNullable()
            .WithColumn("searching_minutes").AsInt32().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("created_by").AsInt64().NotNullable()
            .WithColumn("created_at").AsDateTimeOffset().NotNullable()
            .WithColumn("started_at").AsDateTimeOffset().Nullable()
            .WithColumn("ended_at").AsDateTimeOffset().Nullable();
        Create.Index("ix_games_starts_at").OnTable("games").InSchema(Owner).OnColumn("starts_at").Ascending();
        Execute.Sql("""
            ALTER TABLE games.games
              ADD CONSTRAINT ck_games_status CHECK (status IN ('recruiting', 'full', 'hiding_phase', 'searching_phase', 'completed', 'canceled')),
              ADD CONSTRAINT ck_games_capacity CHECK (max_participants BETWEEN 2 AND 100 AND max_drivers >= 1 AND max_drivers < max_participants),
              ADD CONSTRAINT ck_games_durations CHECK (hiding_minutes > 0 AND searching_minutes > 0)
            """);
    }

    public override void Down() => Delete.Table("games").InSchema(Owner);
}
