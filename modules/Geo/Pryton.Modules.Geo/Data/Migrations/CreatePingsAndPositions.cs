using FluentMigrator;

namespace Pryton.Modules.Geo.Data.Migrations;

[Migration(202611260500, "geo: location pings, latest positions with zone watch, per-game aggregates kept after retention")]
public sealed class CreatePingsAndPositions : Migration
{
    public override void Up() => Execute.Sql("""
        -- Every point a player sends during a game: the first message of a live share, each of its edits, one-off pins.
        CREATE TABLE geo.pings (
            id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_pings PRIMARY KEY,
            game_id bigint NOT NULL,
            user_id bigint NOT NULL,
            latitude double precision NOT NULL,
            longitude double precision NOT NULL,
            accuracy_m double precision NULL,
            heading integer NULL,
            live boolean NOT NULL,
            flags varchar(40) NULL,
            distance_m double precision NOT NULL,
            sent_at timestamptz NOT NULL,
            CONSTRAINT ck_pings_position CHECK (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));
        CREATE INDEX ix_pings_game_id_user_id ON geo.pings (game_id, user_id, id);

        -- The latest point per player and game, and the zone watch's memory.
        CREATE TABLE geo.positions (
            game_id bigint NOT NULL,
            user_id bigint NOT NULL,
            latitude double precision NOT NULL,
            longitude double precision NOT NULL,
            accuracy_m double precision NULL,
            live boolean NOT NULL,
            live_until timestamptz NULL,
            flags varchar(40) NULL,
            distance_m double precision NOT NULL,
            sent_at timestamptz NOT NULL,
            out_since timestamptz NULL,
            out_alerted boolean NOT NULL DEFAULT false,
            out_count integer NOT NULL DEFAULT 0,
            stale_nudged boolean NOT NULL DEFAULT false,
            CONSTRAINT pk_positions PRIMARY KEY (game_id, user_id));

        -- What remains of a game's tracks after retention: counts for the summary and statistics.
        CREATE TABLE geo.track_summaries (
            game_id bigint NOT NULL,
            user_id bigint NOT NULL,
            pings integer NOT NULL,
            flagged integer NOT NULL,
            out_of_zone integer NOT NULL,
            first_at timestamptz NOT NULL,
            last_at timestamptz NOT NULL,
            CONSTRAINT pk_track_summaries PRIMARY KEY (game_id, user_id));

        -- Games whose pings are due for deletion: filled when a game ends (Games' events), read by the daily job.
        CREATE TABLE geo.ended_games (
            game_id bigint NOT NULL CONSTRAINT pk_ended_games PRIMARY KEY,
            ended_at timestamptz NOT NULL);
        """);

    public override void Down() => Execute.Sql("DROP TABLE geo.ended_games; DROP TABLE geo.track_summaries; DROP TABLE geo.positions; DROP TABLE geo.pings;");
}
