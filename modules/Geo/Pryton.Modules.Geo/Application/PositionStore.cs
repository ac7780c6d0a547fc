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

    /// <summary>The latest points of many players (each in their game), keyed by game and player.</summary>
    public async Task<Dictionary<(long GameId, long UserId), Position>> LatestAsync(IReadOnlyList<(long GameId, long UserId)> players, CancellationToken ct)
    {
        var rows = await ReadAsync($"SELECT {Columns} FROM geo.positions WHERE (game_id, user_id) IN (SELECT * FROM unnest(@g, @u))", ct,
            ("g", players.Select(p => p.GameId).ToArray()), ("u", players.Select(p => p.UserId).ToArray()));
        return rows.ToDictionary(p => (p.GameId, p.UserId));
    }

    /// <summary>
    /// Stores points in the order given and makes each player's last one the latest, with the watch's state: two
    /// statements in one round trip, however many points (a polled batch of live shares).
    /// </summary>
    public async Task SaveAsync(IReadOnlyList<(Position Point, int? Heading)> points, CancellationToken ct)
    {
        var latest = points.Select(p => p.Point).GroupBy(p => (p.GameId, p.UserId)).Select(g => g.Last()).ToList();
        await using var batch = session.Batch(
            ("""
             INSERT INTO geo.pings (game_id, user_id, latitude, longitude, accuracy_m, heading, live, flags, distance_m, sent_at)
             SELECT * FROM unnest(@g, @u, @lat, @lon, @acc, @heading, @live, @flags, @distance, @at)
             """, [.. Shared(points.Select(p => p.Point).ToList()), ("heading", points.Select(p => p.Heading).ToArray())]),
            ("""
             INSERT INTO geo.positions (game_id, user_id, latitude, longitude, accuracy_m, live, live_until, flags, distance_m, sent_at, out_since, out_alerted, out_count, stale_nudged)
             SELECT *, false FROM unnest(@g, @u, @lat, @lon, @acc, @live, @until, @flags, @distance, @at, @out_since, @alerted, @out_count)
             ON CONFLICT (game_id, user_id) DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, accuracy_m = EXCLUDED.accuracy_m,
                 live = EXCLUDED.live, live_until = EXCLUDED.live_until, flags = EXCLUDED.flags, distance_m = EXCLUDED.distance_m, sent_at = EXCLUDED.sent_at,
                 out_since = EXCLUDED.out_since, out_alerted = EXCLUDED.out_alerted, out_count = EXCLUDED.out_count, stale_nudged = false
             """, [.. Shared(latest), ("until", latest.Select(p => p.LiveUntil).ToArray()), ("out_since", latest.Select(p => p.OutSince).ToArray()),
                ("alerted", latest.Select(p => p.OutAlerted).ToArray()), ("out_count", latest.Select(p => p.OutCount).ToArray())]));
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The columns a ping and a position share, one array each.</summary>
    private static (string, object)[] Shared(IReadOnlyList<Position> points) =>
    [
        ("g", points.Select(p => p.GameId).ToArray()), ("u", points.Select(p => p.UserId).ToArray()),
        ("lat", points.Select(p => p.Latitude).ToArray()), ("lon", points.Select(p => p.Longitude).ToArray()),
        ("acc", points.Select(p => p.AccuracyMeters).ToArray()), ("live", points.Select(p => p.Live).ToArray()),
        ("flags", points.Select(p => p.Flags).ToArray()), ("distance", points.Select(p => p.DistanceMeters).ToArray()),
        ("at", points.Select(p => p.At).ToArray()),
    ];

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
