using FluentMigrator;

namespace Pryton.Modules.Registration.Data.Migrations;

[Migration(202611260720, "registration: players banned by an organiser")]
public sealed class AddBans : Migration
{
    public override void Up() => Execute.Sql("""
        ALTER TABLE registration.players
            ADD COLUMN banned_at timestamptz NULL,
            ADD COLUMN banned_by bigint NULL;
        """);

    public override void Down() => Execute.Sql("ALTER TABLE registration.players DROP COLUMN banned_by, DROP COLUMN banned_at");
}
