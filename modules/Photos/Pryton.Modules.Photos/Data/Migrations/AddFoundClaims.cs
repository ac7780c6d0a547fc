using FluentMigrator;

namespace Pryton.Modules.Photos.Data.Migrations;

[Migration(202611260400, "photos: found claims with the driver's answer, the location verdict and the moderation")]
public sealed class AddFoundClaims : Migration
{
    public override void Up() => Execute.Sql("""
        ALTER TABLE photos.photos
            ADD COLUMN claimed_driver_id bigint NULL,
            ADD COLUMN verdict varchar(10) NULL CONSTRAINT ck_photos_verdict CHECK (verdict IN ('confirmed', 'far', 'unknown')),
            ADD COLUMN driver_answer varchar(3) NULL CONSTRAINT ck_photos_driver_answer CHECK (driver_answer IN ('yes', 'no')),
            ADD COLUMN reject_reason varchar(300) NULL,
            ADD COLUMN announced_at timestamptz NULL,
            ADD COLUMN latitude double precision NULL,
            ADD COLUMN longitude double precision NULL,
            ADD CONSTRAINT ck_photos_claim CHECK ((kind = 'found_car') = (claimed_driver_id IS NOT NULL));
        -- A seeker has at most one undecided claim per driver: a second photo waits for the first decision.
        CREATE UNIQUE INDEX ux_photos_pending_claim ON photos.photos (game_id, user_id, claimed_driver_id)
            WHERE status = 'pending' AND kind = 'found_car';
        CREATE INDEX ix_photos_pending ON photos.photos (created_at) WHERE status = 'pending';
        """);

    public override void Down() => Execute.Sql("""
        DROP INDEX photos.ix_photos_pending;
        DROP INDEX photos.ux_photos_pending_claim;
        ALTER TABLE photos.photos DROP CONSTRAINT ck_photos_claim, DROP COLUMN longitude, DROP COLUMN latitude, DROP COLUMN announced_at,
            DROP COLUMN reject_reason, DROP COLUMN driver_answer, DROP COLUMN verdict, DROP COLUMN claimed_driver_id;
        """);
}
