using System.Text.Json;
using NpgsqlTypes;
using Pryton.Kernel.Database;

namespace Pryton.Modules.Games.Application;

/// <summary>Appends to <c>games.game_events</c> in the current transaction; the database refuses any change to it.</summary>
internal sealed class AuditLog(DbSession session, TimeProvider clock)
{
    public async Task WriteAsync(long gameId, long? actorId, string kind, object? payload, CancellationToken ct)
    {
        await using var command = session.Command(
            "INSERT INTO games.game_events (game_id, actor_id, kind, payload, created_at) VALUES (@game, @actor, @kind, @payload, @now)");
        command.Parameters.AddWithValue("game", gameId);
        command.Parameters.AddWithValue("actor", (object?)actorId ?? DBNull.Value);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("payload", NpgsqlDbType.Jsonb, payload is null ? DBNull.Value : JsonSerializer.Serialize(payload));
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(ct);
    }
}
