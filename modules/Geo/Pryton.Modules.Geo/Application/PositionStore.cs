using Npgsql;
using Pryton.Kernel.Database;
using Pryton.Modules.Geo.Domain;

namespace Pryton.Modules.Geo.Application;

/// <summary><c>geo.pings</c> (every point) and <c>geo.positions</c> (the latest per player and game, with the zone watch).</summary>
internal sealed class PositionStore(DbSession session)
{
    private const string Columns = "game_id, user_id, latitude, longitude, accuracy_m, live, live_until, flags, distance_m, sent_at, out_since, out_alerted, out_count";

    public async Task<Position?> LatestAsync(long gameId, long userId, CancellationToken ct) =>
        await ReadAsync($"SELECT {Columns} FROM geo.positions WHERE game_id = @g AND user_id = @u", ct, ("g", gameId), ("u", userId)) is [var latest] ? latest : null;

    public Task<IReadOnlyList<Position>> OfGameAsync(long gameId, CancellationToken ct) =>
        ReadAsync($"SELECT {Columns} FROM geo.positions WHERE game_id = @g ORDER BY user_id", ct, ("g", gameId));

    /// <summary>Stores a point and makes it the latest, with the watch's new state, in one round trip.</summary>
    public async Task SaveAsync(long gameId, long userId, Ping ping, string? flags, double distance, DateTimeOffset? liveUntil,
        (DateTimeOffset? OutSince, bool Alerted, int OutCount) watch, CancellationToken ct)
    {
        (string, object)[] common =
        [
            ("g", gameId), ("u", userId), ("lat", ping.Latitude), ("lon", ping.Longitude), ("acc", (object?)ping.AccuracyMeters ?? DBNull.Value),
            ("heading", (object?)ping.Heading ?? DBNull.Value), ("live", ping.Live), ("flags", (object?)flags ?? DBNull.Value), ("distance", distance),
            ("at", ping.At), ("until", (object?)liveUntil ?? DBNull.Value), ("out_since", (object?)watch.OutSince ?? DBNull.Value),
            ("alerted", watch.Alerted), ("out_count", watch.OutCount),
        ];
        await using var batch = session.Batch(
            ("""
             INSERT INTO geo.pings (game_id, user_id, latitude, longitude, accuracy_m, heading, live, flags, distance_m, sent_at)
             VALUES (@g, @u, @lat, @lon, @acc, @heading, @live, @flags, @distance, @at)
             """, common),
            ("""
             INSERT INTO geo.positions (game_id, user_id, latitude, longitude, accuracy_m, live, live_until, flags, distance_m, sent_at, out_since, out_alerted, out_count, stale_nudged)
             VALUES (@g, @u, @lat, @lon, @acc, @live, @until, @flags, @distance, @at, @out_since, @alerted, @out_count, false)
             ON CONFLICT (game_id, user_id) DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, accuracy_m = EXCLUDED.accuracy_m,
                 live = EXCLUDED.live, live_until = EXCLUDED.live_until, flags = EXCLUDED.flags, distance_m = EXCLUDED.distance_m, sent_at = EXCLUDED.sent_at,
                 out_since = EXCLUDED.out_since, out_alerted = EXCLUDED.out_alerted, out_count = EXCLUDED.out_count, stale_nudged = false
             """, common));
        await batch.ExecuteNonQueryAsync(ct);
    }

    private async Task<IReadOnlyList<Position>> ReadAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = session.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<Position>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    private static Position Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetDouble(2), r.GetDouble(3), r.IsDBNull(4) ? null : r.GetDouble(4), r.GetBoolean(5),
        r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6), r.IsDBNull(7) ? null : r.GetString(7), r.GetDouble(8),
        r.GetFieldValue<DateTimeOffset>(9), r.IsDBNull(10) ? null : r.GetFieldValue<DateTimeOffset>(10), r.GetBoolean(11), r.GetInt32(12));
}
