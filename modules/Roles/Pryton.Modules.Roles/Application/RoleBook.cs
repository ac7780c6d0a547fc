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
internal sealed class RoleBook(DbSession session, IPlayerDirectory players, IEventBus bus, TimeProvider clock) : IRoleAssignment
{
    /// <summary>How many of a player's latest games count for fairness.</summary>
    public const int FairnessWindow = 20;

    public async Task<RoleDraw> AssignAsync(long gameId, IReadOnlyList<long> seated, int maxDrivers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(seated);
        var candidates = await CandidatesAsync(gameId, seated, ct);
        var manual = await RolesAsync(gameId, lockedOnly: true, ct);
        var draw = RoleDrawing.Draw(candidates, manual, maxDrivers, RandomNumberGenerator.GetInt32(int.MaxValue));
        if (!draw.Succeeded)
        {
            return draw;
        }

        var now = clock.GetUtcNow();
        await session.ExecuteAsync("DELETE FROM roles.assignments WHERE game_id = @g AND NOT locked", ct, ("g", gameId));
        foreach (var (userId, role) in draw.Roles.Where(r => !manual.ContainsKey(r.Key)))
        {
            await session.ExecuteAsync("""
                INSERT INTO roles.assignments (game_id, user_id, role, source, locked, assigned_at) VALUES (@g, @u, @role, 'draw', false, @now)
                """, ct, ("g", gameId), ("u", userId), ("role", Name(role)), ("now", now));
        }

        await using (var command = session.Command("""
            INSERT INTO roles.draws (game_id, seed, max_drivers, candidates, drivers, created_at) VALUES (@g, @seed, @max, @candidates, @drivers, @now)
            """))
        {
            command.Parameters.AddWithValue("g", gameId);
            command.Parameters.AddWithValue("seed", draw.Seed);
            command.Parameters.AddWithValue("max", maxDrivers);
            command.Parameters.AddWithValue("candidates", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(new { candidates, manual }));
            command.Parameters.AddWithValue("drivers", draw.Drivers.ToArray());
            command.Parameters.AddWithValue("now", now);
            await command.ExecuteNonQueryAsync(ct);
        }

        await bus.PublishAsync(new RolesAssigned(gameId, draw.Drivers, draw.Seekers, draw.Seed), ct);
        return draw;
    }

    public Task<IReadOnlyDictionary<long, GameRole>> RolesAsync(long gameId, CancellationToken ct) => RolesAsync(gameId, lockedOnly: false, ct);

    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(GameRole role, CancellationToken ct)
    {
        await using var command = session.Command("SELECT language, display_name FROM roles.role_names WHERE role = @role");
        command.Parameters.AddWithValue("role", Name(role));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new Dictionary<string, string>();
        while (await reader.ReadAsync(ct))
        {
            names[reader.GetString(0)] = reader.GetString(1);
        }

        return names;
    }

    public static string Name(GameRole role) => role == GameRole.Driver ? "driver" : "seeker";

    public static GameRole Parse(string role) => role == "driver" ? GameRole.Driver : GameRole.Seeker;

    private async Task<IReadOnlyDictionary<long, GameRole>> RolesAsync(long gameId, bool lockedOnly, CancellationToken ct)
    {
        await using var command = session.Command("SELECT user_id, role FROM roles.assignments WHERE game_id = @g AND (locked OR NOT @locked)");
        command.Parameters.AddWithValue("g", gameId);
        command.Parameters.AddWithValue("locked", lockedOnly);
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
