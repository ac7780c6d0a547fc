using FluentMigrator;

namespace Pryton.Modules.Photos.Data.Migrations;

[Migration(202611252314, "photos: photos")]
public sealed class CreatePhotos : Migration
{
    private const string Owner = "photos";

    public override void Up()
    {
        Create.Table("photos").InSchema(Owner)
            .WithColumn("id").AsInt64().PrimaryKey("pk_photos").Identity()
            .WithColumn("game_id").AsInt64().NotNullable()                      // Games' id, by value
            .WithColumn("user_id").AsInt64().NotNullable()
            .WithColumn("kind").AsString(16).NotNullable()
            .WithColumn("file_id").AsString(200).Nullable()                     // null once the player is forgotten
            .WithColumn("file_unique_id").AsString(100).Nullable()
            .WithColumn("status").AsString(16).NotNullable()
            .WithColumn("created_at").AsDateTimeOffset().NotNullable()
            .WithColumn("decided_at").AsDateTimeOffset().Nullable()
            .WithColumn("decided_by").AsInt64().Nullable();
        Create.Index("ix_photos_game_id").OnTable("photos").InSchema(Owner).OnColumn("game_id").Ascending();
        Execute.Sql("""
            ALTER TABLE photos.photos
              ADD CONSTRAINT ck_photos_kind CHECK (kind IN ('hiding_spot', 'found_car')),
              ADD CONSTRAINT ck_photos_status CHECK (status IN ('pending', 'approved', 'rejected')),
              -- A decision is recorded once and together with who made it.
              ADD CONSTRAINT ck_photos_decision CHECK ((status = 'pending') = (decided_at IS NULL))
            """);
    }

    public override void Down() => Delete.Table("photos").InSchema(Owner);
}
