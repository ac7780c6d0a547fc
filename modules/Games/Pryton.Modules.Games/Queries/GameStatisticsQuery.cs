using Pryton.Contracts.Games;
using Pryton.Kernel.Database;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Queries;

/// <summary>The numbers behind the organisers' statistics screen, straight from SQL (one pass each).</summary>
internal sealed class GameStatisticsQuery(DbSession session) : IGameStatistics
{
    public async Task<GameStatistics> SummaryAsync(int top, CancellationToken ct)
    {
        var byStage = new Dictionary<GameStage, int>();
        foreach (var (status, count) in await PairsAsync("SELECT status, count(*)::int FROM games.games GROUP BY status", ct))
        {
            byStage[StageOf(status)] = count;
        }

        await using var command = session.Command("""
            SELECT count(*)::int, count(DISTINCT p.user_id)::int,
                   count(*) FILTER (WHERE g.status = 'completed' AND p.hid_as_driver)::int,
                   count(*) FILTER (WHERE g.status = 'completed' AND NOT coalesce(p.hid_as_driver, true))::int,
                   avg(extract(epoch FROM p.found_at - g.search_started_at) / 60) FILTER (WHERE g.status = 'completed' AND p.found_at IS NOT NULL)
            FROM games.game_players p JOIN games.games g ON g.id = p.game_id WHERE p.status = 'seated'
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (participations, unique, drivers, seekers) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        double? average = reader.IsDBNull(4) ? null : Convert.ToDouble(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture);
        await reader.DisposeAsync();

        var seekersTop = await IdCountsAsync("""
            SELECT p.found_by, count(*)::int FROM games.game_players p JOIN games.games g ON g.id = p.game_id
            WHERE g.status = 'completed' AND p.found_by IS NOT NULL GROUP BY p.found_by ORDER BY 2 DESC, 1 LIMIT @top
            """, top, ct);
        var neverFound = await IdCountsAsync("""
            SELECT p.user_id, count(*)::int FROM games.game_players p JOIN games.games g ON g.id = p.game_id
            WHERE g.status = 'completed' AND p.status = 'seated' AND p.hid_as_driver
            GROUP BY p.user_id HAVING bool_and(p.found_at IS NULL) ORDER BY 2 DESC, 1 LIMIT @top
            """, top, ct);
        return new GameStatistics(byStage, participations, unique, drivers, seekers, average, seekersTop, neverFound);
    }

    public async Task<GameActivity> ActivityAsync(DateTimeOffset from, DateTimeOffset to, int take, CancellationToken ct)
    {
        var starting = await session.ScalarAsync<int>("SELECT count(*)::int FROM games.games WHERE starts_at >= @from AND starts_at < @to", ct,
            ("from", from.ToUniversalTime()), ("to", to.ToUniversalTime()));
        var byDistrict = new Dictionary<long, int>();
        await using (var command = session.Command("SELECT district_id, count(*)::int FROM games.games GROUP BY district_id"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                byDistrict[reader.GetInt64(0)] = reader.GetInt32(1);
            }
        }

        var games = new List<(long, string, DateTimeOffset, GameStage)>();
        await using (var command = session.Command("SELECT id, title, starts_at, status FROM games.games ORDER BY created_at DESC, id DESC LIMIT @take"))
        {
            command.Parameters.AddWithValue("take", take);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                games.Add((reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), StageOf(reader.GetString(3))));
            }
        }

        var joins = new List<(long, string, long, DateTimeOffset)>();
        await using (var command = session.Command("""
            SELECT g.id, g.title, p.user_id, p.joined_at FROM games.game_players p JOIN games.games g ON g.id = p.game_id ORDER BY p.joined_at DESC LIMIT @take
            """))
        {
            command.Parameters.AddWithValue("take", take);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                joins.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetFieldValue<DateTimeOffset>(3)));
            }
        }

        return new GameActivity(starting, byDistrict, games, joins);
    }

    public Task<IReadOnlyList<GameRecordRow>> RecordsAsync(CancellationToken ct) => ReadAsync(string.Empty, "g.starts_at, g.id, p.user_id", null, int.MaxValue, ct);

    public Task<IReadOnlyList<GameRecordRow>> RecordsOfAsync(long userId, int take, CancellationToken ct) =>
        ReadAsync("WHERE p.user_id = @user", "g.starts_at DESC, g.id DESC", userId, take, ct);

    private async Task<IReadOnlyList<GameRecordRow>> ReadAsync(string where, string order, long? userId, int take, CancellationToken ct)
    {
        await using var command = session.Command($"""
            SELECT g.id, g.title, g.starts_at, g.status, p.user_id, p.status, p.hid_as_driver, p.hidden_at, p.found_at, p.found_by
            FROM games.games g JOIN games.game_players p ON p.game_id = g.id {where} ORDER BY {order} LIMIT @take
            """);
        command.Parameters.AddWithValue("take", take);
        if (userId is { } user)
        {
            command.Parameters.AddWithValue("user", user);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<GameRecordRow>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new GameRecordRow(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), StageOf(reader.GetString(3)), reader.GetInt64(4),
                reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetBoolean(6), Nullable(reader, 7), Nullable(reader, 8), reader.IsDBNull(9) ? null : reader.GetInt64(9)));
        }

        return rows;
    }

    private static DateTimeOffset? Nullable(Npgsql.NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateTimeOffset>(i);

    /// <summary>A status as stored (<c>hiding_phase</c>) as the stage other modules see.</summary>
    private static GameStage StageOf(string status) =>
        GameQueries.Stage(Enum.Parse<GameStatus>(status.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true));

    private async Task<List<(string, int)>> PairsAsync(string sql, CancellationToken ct)
    {
        await using var command = session.Command(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var pairs = new List<(string, int)>();
        while (await reader.ReadAsync(ct))
        {
            pairs.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return pairs;
    }

    private async Task<IReadOnlyList<(long, int)>> IdCountsAsync(string sql, int top, CancellationToken ct)
    {
        await using var command = session.Command(sql);
        command.Parameters.AddWithValue("top", top);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var pairs = new List<(long, int)>();
        while (await reader.ReadAsync(ct))
        {
            pairs.Add((reader.GetInt64(0), reader.GetInt32(1)));
        }

        return pairs;
    }
}
