using System.Text.Json;
using NpgsqlTypes;
using Pryton.Contracts.Games;
using Pryton.Kernel.Database;
using Pryton.Kernel.Modules;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// The one row of <c>games.settings</c>. Until an admin saves, the defaults apply, with the hiding time seeded from
/// the operator's <c>HIDING_TIME</c>; settings added later take their defaults in rows saved before them.
/// </summary>
internal sealed class GameSettingsStore(DbSession session, GameDefaults defaults, TimeProvider clock) : IGameSettings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<GameSettings> CurrentAsync(CancellationToken ct)
    {
        var stored = await session.ScalarAsync<string?>("SELECT value::text FROM games.settings WHERE id = 1", ct);
        return stored is null
            ? new GameSettings { HidingMinutes = defaults.HidingMinutes }
            : JsonSerializer.Deserialize<GameSettings>(stored, Json)!;
    }

    public async Task SaveAsync(GameSettings settings, long adminId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var command = session.Command("""
            INSERT INTO games.settings (id, value, updated_by, updated_at) VALUES (1, @value, @admin, @now)
            ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
            """);
        command.Parameters.AddWithValue("value", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(settings, Json));
        command.Parameters.AddWithValue("admin", adminId);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(ct);
    }
}
