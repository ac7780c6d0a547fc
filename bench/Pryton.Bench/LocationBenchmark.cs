using System.Diagnostics;
using Npgsql;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.Bench;

/// <summary>
/// Live-location edits per second through the whole pipeline (long polling, dedupe, per-chat order, the player gate,
/// the running-game lookup, plausibility, the zone check, the ping and the latest position, commit) for a game of
/// many players, next to a plain single-row INSERT loop with the intake's concurrency on the same PostgreSQL.
/// </summary>
internal static class LocationBenchmark
{
    private const double Lat = 55.7298;
    private const double Lon = 37.6010;

    public static async Task<BenchResult> RunAsync(int players, int editsEach)
    {
        await using var host = await BotTestHost.StartAsync();
        var total = players * editsEach;
        var baseline = await InsertLoopAsync(host.Database.ConnectionString, total, concurrency: 8);
        var pipeline = await PipelineAsync(host, players, editsEach, total);
        return new BenchResult("location", $"pipeline {pipeline:0} edits/s vs plain INSERT loop {baseline:0} rows/s ({players} players × {editsEach} edits of a live share)",
            pipeline / baseline, Target: 0.5);
    }

    private static async Task<double> PipelineAsync(BotTestHost host, int players, int editsEach, int total)
    {
        var ids = Enumerable.Range(0, players).Select(i => 800_000L + i).ToList();
        await SeedRunningGameAsync(host, ids);
        var people = ids.Select(id => new EmulatedUser(id, "P" + id)).ToList();

        // Every player starts a share first (answered, one update each, and the warm-up); the clock then runs over
        // the edits alone, which is what a game is made of: each share moves every few seconds for hours.
        var shares = people.Select(p => host.Api.Users.SendLocation(p, Lat, Lon, livePeriod: 8 * 3600)).ToList();
        await Eventually.That(async () => await host.Database.ScalarAsync<long>("SELECT count(*) FROM geo.pings") >= players, TimeSpan.FromMinutes(1));
        var watch = Stopwatch.StartNew();
        for (var edit = 1; edit <= editsEach; edit++)
        {
            for (var i = 0; i < people.Count; i++)
            {
                host.Api.Users.MoveLiveLocation(people[i], shares[i], Lat + (edit * 0.00001), Lon);
            }
        }

        await Eventually.That(async () => await host.Database.ScalarAsync<long>("SELECT count(*) FROM geo.pings") >= players + total, TimeSpan.FromMinutes(4));
        return total / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> InsertLoopAsync(string connectionString, int total, int concurrency)
    {
        await using var data = NpgsqlDataSource.Create(connectionString);
        await using (var create = data.CreateCommand("CREATE TABLE public.bench_rows (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint, latitude double precision, longitude double precision, sent_at timestamptz)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, concurrency), async (worker, ct) =>
        {
            await using var connection = await data.OpenConnectionAsync(ct);
            for (var i = worker; i < total; i += concurrency)
            {
                await using var insert = new NpgsqlCommand("INSERT INTO public.bench_rows (user_id, latitude, longitude, sent_at) VALUES (@u, @lat, @lon, now())", connection);
                insert.Parameters.AddWithValue("u", (long)i);
                insert.Parameters.AddWithValue("lat", Lat);
                insert.Parameters.AddWithValue("lon", Lon);
                await insert.ExecuteNonQueryAsync(ct);
            }
        });
        return total / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Registered players seated in a game whose hiding phase runs, in a 1.5 km zone.</summary>
    private static async Task SeedRunningGameAsync(BotTestHost host, IReadOnlyList<long> ids)
    {
        var values = string.Join(", ", ids.Select(id => $"({id}, {id}, 'P{id}', 'any', 1, now(), now(), now())"));
        var seats = string.Join(", ", ids.Select(id => $"(1, {id}, 'seated', now(), now(), {(id % 5 == 0 ? "true" : "false")})"));
        await host.Database.ExecuteAsync($"""
            INSERT INTO geo.districts (name, is_active, created_at) VALUES ('Центр', true, now());
            INSERT INTO geo.zones (district_id, name, latitude, longitude, radius_m, is_default, is_active, created_at)
                VALUES (1, 'Парк', {Lat}, {Lon}, 1500, true, true, now());
            INSERT INTO registration.players (user_id, chat_id, display_name, preferred_role, rules_version, rules_accepted_at, registered_at, updated_at) VALUES {values};
            INSERT INTO games.games (title, district_id, zone_id, time_zone, starts_at, max_participants, max_drivers, min_participants, hiding_minutes,
                searching_minutes, status, created_by, created_at, started_at, phase_ends_at)
                VALUES ('Bench', 1, 1, 'Europe/Moscow', now(), 100, 20, 2, 60, 60, 'hiding_phase', 1, now(), now(), now() + interval '1 hour');
            INSERT INTO games.game_players (game_id, user_id, status, joined_at, updated_at, hid_as_driver) VALUES {seats};
            """);
    }
}
