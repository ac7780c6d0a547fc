using FluentMigrator;

namespace Pryton.Modules.Games.Data.Migrations;

[Migration(202611260040, "games: seats with waitlist, append-only audit log")]
public sealed class AddSeatsAndAuditLog : Migration
{
    public override void Up() => Execute.Sql("""
        ALTER TABLE games.games
            ADD COLUMN manual_control boolean NOT NULL DEFAULT false,
            ADD COLUMN found_becomes_seeker boolean NOT NULL DEFAULT false,
            ADD COLUMN seat_offer_minutes integer NOT NULL DEFAULT 15 CONSTRAINT ck_games_seat_offer_minutes CHECK (seat_offer_minutes BETWEEN 1 AND 1440);

        -- One row per (game, player). Seated and offered rows hold a seat; waitlisted rows queue with gap-free positions.
        CREATE TABLE games.game_players (
            id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_game_players PRIMARY KEY,
            game_id bigint NOT NULL CONSTRAINT fk_game_players_game_id REFERENCES games.games (id) ON DELETE CASCADE,
            user_id bigint NOT NULL,
            status varchar(12) NOT NULL CONSTRAINT ck_game_players_status CHECK (status IN ('seated', 'offered', 'waitlisted', 'left', 'removed')),
            waitlist_position integer NULL,
            offered_until timestamptz NULL,
            joined_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT ux_game_players_game_id_user_id UNIQUE (game_id, user_id),
            CONSTRAINT ck_game_players_waitlist_position CHECK ((status = 'waitlisted') = (waitlist_position IS NOT NULL)),
            CONSTRAINT ck_game_players_offered_until CHECK ((status = 'offered') = (offered_until IS NOT NULL)),
            -- Positions are renumbered in one statement when the line moves; checked at commit, NULLs never clash.
            CONSTRAINT ux_game_players_game_id_waitlist_position UNIQUE (game_id, waitlist_position) DEFERRABLE INITIALLY DEFERRED);
        CREATE INDEX ix_game_players_user_id ON games.game_players (user_id);

        -- Who did what to a game, when. Nothing here is ever changed or removed: the database refuses it.
        CREATE TABLE games.game_events (
            id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_game_events PRIMARY KEY,
            game_id bigint NOT NULL,
            actor_id bigint NULL,
            kind varchar(40) NOT NULL,
            payload jsonb NULL,
            created_at timestamptz NOT NULL);
        CREATE INDEX ix_game_events_game_id ON games.game_events (game_id, id);
        CREATE FUNCTION games.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'games.game_events is append-only';
        END $$;
        CREATE TRIGGER tr_game_events_append_only BEFORE UPDATE OR DELETE ON games.game_events
            FOR EACH ROW EXECUTE FUNCTION games.refuse_audit_change();
        CREATE TRIGGER tr_game_events_no_truncate BEFORE TRUNCATE ON games.game_events
            FOR EACH STATEMENT EXECUTE FUNCTION games.refuse_audit_change();
        """);

    public override void Down() => Execute.Sql("""
        DROP TABLE games.game_events;
        DROP FUNCTION games.refuse_audit_change();
        DROP TABLE games.game_players;
        ALTER TABLE games.games DROP COLUMN seat_offer_minutes, DROP COLUMN found_becomes_seeker, DROP COLUMN manual_control;
        """);
}
