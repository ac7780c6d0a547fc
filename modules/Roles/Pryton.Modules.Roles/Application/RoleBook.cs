using System.Security.Cryptography;
using System.Text.Json;
using NpgsqlTypes;
using Pryton.Contracts.Registration;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;
using Pryton.Modules.Roles.Domain;

namespace Pryton.Modules.Roles.Application;

/// <summary>
/// Roles of players in games: the draw at the start (with its seed and inputs kept), the current roles, and the
/// names players read. The table's key makes one role per player and game a database fact.
/// </summary>
internal sealed class RoleBook(DbSession session, IPlayerDirectory players, IEventBus bus, RoleNames names, RoleNotices notices, TimeProvider clock) : IRoleAssignment
{
    /// <summary>How many of a player's latest games count for fairness.</summary>
    public const int FairnessWindow = 20;

    public async Task<RoleDraw> AssignAsync(long gameId, IReadOnlyList<long> seated, int maxDrivers, bool announce, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(seated);
        var candidates = await CandidatesAsync(gameId, seated, ct);
        var kept = (await RolesAsync(gameId, ct)).Where(r => seated.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Value);
        var draw = RoleDrawing.Draw(candidates, kept, maxDrivers, RandomNumberGenerator.GetInt32(int.MaxValue));
        if (!draw.Succeeded)
        {
            return draw;
        }

        var now = clock.GetUtcNow();
        await session.ExecuteAsync("DELETE FROM roles.assignments WHERE game_id = @g AND NOT (user_id = ANY(@seated))", ct, ("g", gameId), ("seated", seated.ToArray()));
        var drawn = draw.Roles.Where(r => !kept.ContainsKey(r.Key)).ToList();
        foreach (var (userId, role) in drawn)
        {
            await session.ExecuteAsync("""
                INSERT INTO roles.assignments (game_id, user_id, role, source, locked, assigned_at) VALUES (@g, @u, @role, 'draw', false, @now)
                """, ct, ("g", gameId), ("u", userId), ("role", Name(role)), ("now", now));
        }

        if (announce && drawn.Count > 0)
        {
            await notices.RolesDrawnAsync(gameId, drawn, ct);
        }

        await using (var command = session.Command("""
            INSERT INTO roles.draws (game_id, seed, max_drivers, candidates, drivers, created_at) VALUES (@g, @seed, @max, @candidates, @drivers, @now)
            """))
        {
            command.Parameters.AddWithValue("g", gameId);
            command.Parameters.AddWithValue("seed", draw.Seed);
            command.Parameters.AddWithValue("max", maxDrivers);
            command.Parameters.AddWithValue("candidates", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(new { candidates, kept }));
            command.Parameters.AddWithValue("drivers", draw.Drivers.ToArray());
            command.Parameters.AddWithValue("now", now);
            await command.ExecuteNonQueryAsync(ct);
        }

        await bus.PublishAsync(new RolesAssigned(gameId, draw.Drivers, draw.Seekers, draw.Seed), ct);
        return draw;
    }

    /// <summary>Each assigned player's role and whether an admin locked it.</summary>
    public async Task<IReadOnlyDictionary<long, (GameRole Role, bool Locked)>> AssignmentsAsync(long gameId, CancellationToken ct)
    {
        await using var command = session.Command("SELECT user_id, role, locked FROM roles.assignments WHERE game_id = @g");
        command.Parameters.AddWithValue("g", gameId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var assignments = new Dictionary<long, (GameRole, bool)>();
        while (await reader.ReadAsync(ct))
        {
            assignments[reader.GetInt64(0)] = (Parse(reader.GetString(1)), reader.GetBoolean(2));
        }

        return assignments;
    }

    public Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(GameRole role, CancellationToken ct) => names.DisplayNamesAsync(role, ct);

    public static string Name(GameRole role) => role == GameRole.Driver ? "driver" : "seeker";

    public static GameRole Parse(string role) => role == "driver" ? GameRole.Driver : GameRole.Seeker;

    public async Task<IReadOnlyDictionary<long, GameRole>> RolesAsync(long gameId, CancellationToken ct)
    {
        await using var command = session.Command("SELECT user_id, role FROM roles.assignments WHERE game_id = @g");
        command.Parameters.AddWithValue("g", gameId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var roles = new Dictionary<long, GameRole>();
        while (await reader.ReadAsync(ct))
        {
            roles[reader.GetInt64(0)] = Parse(reader.GetString(1));
        }

        return roles;
    }

    private async Task<IReadOnlyList<Candidate>> CandidatesAsync(long gameId, IReadOnlyList<long> seated, CancellationToken ct)
    {
        var profiles = (await players.FindManyAsync(seated, ct)).ToDictionary(p => p.UserId);
        var drives = new Dictionary<long, int>();
        await using (var command = session.Command("""
            SELECT user_id, count(*) FILTER (WHERE role = 'driver' OR source = 'found_driver')::int
            FROM (SELECT user_id, role, source, row_number() OVER (PARTITION BY user_id ORDER BY assigned_at DESC) AS n
                  FROM roles.assignments WHERE user_id = ANY(@users) AND game_id <> @g) recent
            WHERE n <= @window GROUP BY user_id
            """))
        {
            command.Parameters.AddWithValue("users", seated.ToArray());
            command.Parameters.AddWithValue("g", gameId);
            command.Parameters.AddWithValue("window", FairnessWindow);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                drives[reader.GetInt64(0)] = reader.GetInt32(1);
            }
        }

        return [.. seated.Select(id => profiles.GetValueOrDefault(id) is { } p
            ? new Candidate(id, p.PreferredRole, p.Car is not null, drives.GetValueOrDefault(id))
            : new Candidate(id, PreferredRole.Seeker, false, 0))];
    }
}
