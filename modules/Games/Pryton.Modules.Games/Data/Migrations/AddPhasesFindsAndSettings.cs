using FluentMigrator;

namespace Pryton.Modules.Games.Data.Migrations;

[Migration(202611260200, "games: phase clock, pause, hiding and finds, followers, game settings")]
public sealed class AddPhasesFindsAndSettings : Migration
{
    public override void Up() => Execute.Sql("""
        -- The current phase's deadline; while paused_at is set the clock is frozen and the deadline moves on resume.
        ALTER TABLE games.games
            ADD COLUMN phase_ends_at timestamptz NULL,
            ADD COLUMN paused_at timestamptz NULL,
            ADD COLUMN search_started_at timestamptz NULL,
            ADD COLUMN end_reason varchar(40) NULL,
            ADD COLUMN cancel_reason varchar(500) NULL,
            ADD CONSTRAINT ck_games_phase_ends_at CHECK ((status IN ('hiding_phase', 'searching_phase')) = (phase_ends_at IS NOT NULL)),
            ADD CONSTRAINT ck_games_paused_at CHECK (paused_at IS NULL OR status IN ('hiding_phase', 'searching_phase'));

        -- The game's record of each player: the role they started with, when they hid, when and by whom they were found.
        ALTER TABLE games.game_players
            ADD COLUMN hid_as_driver boolean NULL,
            ADD COLUMN hidden_at timestamptz NULL,
            ADD COLUMN found_at timestamptz NULL,
            ADD COLUMN found_by bigint NULL,
            ADD CONSTRAINT ck_game_players_found CHECK (found_at IS NULL OR hid_as_driver),
            ADD CONSTRAINT ck_game_players_hidden CHECK (hidden_at IS NULL OR hid_as_driver);

        -- Followers see a game's progress and results without a seat (observers, friends); never locations.
        CREATE TABLE games.followers (
            game_id bigint NOT NULL CONSTRAINT fk_followers_game_id REFERENCES games.games (id) ON DELETE CASCADE,
            user_id bigint NOT NULL,
            created_at timestamptz NOT NULL,
            CONSTRAINT pk_followers PRIMARY KEY (game_id, user_id));
        CREATE INDEX ix_followers_user_id ON games.followers (user_id);

        -- The live game settings (GAME-RULES §11): one row, edited by admins, read at every decision.
        CREATE TABLE games.settings (
            id smallint NOT NULL CONSTRAINT pk_settings PRIMARY KEY CONSTRAINT ck_settings_id CHECK (id = 1),
            value jsonb NOT NULL,
            updated_by bigint NULL,
            updated_at timestamptz NOT NULL);
        """);

    public override void Down() => Execute.Sql("""
        DROP TABLE games.settings;
        DROP TABLE games.followers;
        ALTER TABLE games.game_players DROP COLUMN found_by, DROP COLUMN found_at, DROP COLUMN hidden_at, DROP COLUMN hid_as_driver;
        ALTER TABLE games.games DROP COLUMN cancel_reason, DROP COLUMN end_reason, DROP COLUMN search_started_at,
            DROP COLUMN paused_at, DROP COLUMN phase_ends_at;
        """);
}
