using FluentMigrator;

namespace Pryton.Modules.Notifications.Data.Migrations;

[Migration(202611260500, "notifications: the live countdown message of each player")]
public sealed class AddCountdowns : Migration
{
    public override void Up() => Execute.Sql("""
        -- One countdown message per player and game, edited in place; a new phase starts a new message.
        CREATE TABLE notifications.countdowns (
            game_id bigint NOT NULL,                 -- Games' id, by value
            user_id bigint NOT NULL,
            phase varchar(10) NOT NULL CONSTRAINT ck_countdowns_phase CHECK (phase IN ('start', 'hiding', 'searching')),
            outbound_id bigint NOT NULL,             -- the queued message; the sender knows its Telegram id
            CONSTRAINT pk_countdowns PRIMARY KEY (game_id, user_id)
        );
        """);

    public override void Down() => Execute.Sql("DROP TABLE notifications.countdowns");
}
