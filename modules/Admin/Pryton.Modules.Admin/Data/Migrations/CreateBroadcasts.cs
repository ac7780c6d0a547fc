using FluentMigrator;

namespace Pryton.Modules.Admin.Data.Migrations;

[Migration(202611260710, "admin: broadcasts and their progress message")]
public sealed class CreateBroadcasts : Migration
{
    public override void Up() => Execute.Sql("""
        CREATE TABLE admin.broadcasts (
            id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_broadcasts PRIMARY KEY,
            created_by bigint NOT NULL,
            audience varchar(10) NOT NULL CONSTRAINT ck_broadcasts_audience CHECK (audience IN ('all', 'district', 'game', 'waitlist')),
            target_id bigint NULL,                   -- the district or game, by value
            text varchar(4000) NOT NULL,
            total integer NOT NULL,                  -- recipients chosen; those who blocked the bot are among them
            progress_outbound_id bigint NOT NULL,    -- the admin's message edited as it goes
            created_at timestamptz NOT NULL,
            finished_at timestamptz NULL);
        """);

    public override void Down() => Execute.Sql("DROP TABLE admin.broadcasts");
}
