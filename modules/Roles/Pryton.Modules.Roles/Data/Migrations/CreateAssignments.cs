using FluentMigrator;

namespace Pryton.Modules.Roles.Data.Migrations;

[Migration(202611260300, "roles: assignments per game and the draws that made them")]
public sealed class CreateAssignments : Migration
{
    public override void Up() => Execute.Sql("""
        -- One role per player and game, enforced here. A locked (manual) role is never overwritten by a draw.
        CREATE TABLE roles.assignments (
            game_id bigint NOT NULL,
            user_id bigint NOT NULL,
            role varchar(8) NOT NULL CONSTRAINT ck_assignments_role CHECK (role IN ('driver', 'seeker')),
            source varchar(16) NOT NULL CONSTRAINT ck_assignments_source CHECK (source IN ('draw', 'manual', 'found_driver')),
            locked boolean NOT NULL DEFAULT false,
            assigned_by bigint NULL,
            assigned_at timestamptz NOT NULL,
            CONSTRAINT pk_assignments PRIMARY KEY (game_id, user_id));
        CREATE INDEX ix_assignments_user_id ON roles.assignments (user_id, assigned_at DESC);

        -- Each draw with its seed and inputs, so it can be explained and replayed.
        CREATE TABLE roles.draws (
            id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_draws PRIMARY KEY,
            game_id bigint NOT NULL,
            seed integer NOT NULL,
            max_drivers integer NOT NULL,
            candidates jsonb NOT NULL,
            drivers bigint[] NOT NULL,
            created_at timestamptz NOT NULL);
        CREATE INDEX ix_draws_game_id ON roles.draws (game_id);
        """);

    public override void Down() => Execute.Sql("DROP TABLE roles.draws; DROP TABLE roles.assignments;");
}
