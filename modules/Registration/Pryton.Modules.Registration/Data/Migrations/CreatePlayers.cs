using FluentMigrator;

namespace Pryton.Modules.Registration.Data.Migrations;

[Migration(202611252310, "registration: players")]
public sealed class CreatePlayers : Migration
{
    private const string Owner = "registration";

    public override void Up()
    {
        Create.Table("players").InSchema(Owner)
            .WithColumn("id").AsInt64().PrimaryKey("pk_players").Identity()
            .WithColumn("user_id").AsInt64().NotNullable()                      // Telegram user id
            .WithColumn("chat_id").AsInt64().NotNullable()                      // private chat with the bot
            .WithColumn("username").AsString(64).Nullable()
            .WithColumn("display_name").AsString(50).NotNullable()
            .WithColumn("phone").AsString(20).Nullable()
            .WithColumn("district_id").AsInt64().Nullable()                     // Geo's id, by value: no cross-schema FK
            .WithColumn("preferred_role").AsString(16).NotNullable()
            .WithColumn("car_brand").AsString(50).Nullable()
            .WithColumn("car_colour").AsString(30).Nullable()
            .WithColumn("car_plate").AsString(20).Nullable()
            .WithColumn("rules_version").AsInt32().Nullable()
            .WithColumn("rules_accepted_at").AsDateTimeOffset().Nullable()
            .WithColumn("registered_at").AsDateTimeOffset().NotNullable()
            .WithColumn("updated_at").AsDateTimeOffset().NotNullable();
        Create.Index("ux_players_user_id").OnTable("players").InSchema(Owner).OnColumn("user_id").Unique();
        Execute.Sql("""
            ALTER TABLE registration.players
              ADD CONSTRAINT ck_players_preferred_role CHECK (preferred_role IN ('driver', 'seeker', 'any', 'observer'))
            """);
    }

    public override void Down() => Delete.Table("players").InSchema(Owner);
}
