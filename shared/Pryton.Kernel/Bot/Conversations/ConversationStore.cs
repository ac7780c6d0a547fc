using NpgsqlTypes;
using Pryton.Kernel.Database;

namespace Pryton.Kernel.Bot.Conversations;

/// <summary><c>kernel.conversations</c>: one open dialog per chat, in the update's transaction.</summary>
internal sealed class ConversationStore(DbSession session)
{
    public async Task<Conversation?> LoadAsync(long chatId, CancellationToken ct)
    {
        await using var command = session.Command("SELECT module, flow, step, data::text, expires_at FROM kernel.conversations WHERE chat_id = @chat");
        command.Parameters.AddWithValue("chat", chatId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new Conversation(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4))
            : null;
    }

    public async Task SaveAsync(long chatId, string module, string flow, string step, string data, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken ct)
    {
        await using var command = session.Command("""
            INSERT INTO kernel.conversations (chat_id, module, flow, step, data, updated_at, expires_at)
            VALUES (@chat, @module, @flow, @step, @data, @now, @expires)
            ON CONFLICT (chat_id) DO UPDATE SET module = EXCLUDED.module, flow = EXCLUDED.flow, step = EXCLUDED.step,
                data = EXCLUDED.data, updated_at = EXCLUDED.updated_at, expires_at = EXCLUDED.expires_at
            """);
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("module", module);
        command.Parameters.AddWithValue("flow", flow);
        command.Parameters.AddWithValue("step", step);
        command.Parameters.AddWithValue("data", NpgsqlDbType.Jsonb, data);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("expires", expiresAt);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task DeleteAsync(long chatId, CancellationToken ct)
    {
        await using var command = session.Command("DELETE FROM kernel.conversations WHERE chat_id = @chat");
        command.Parameters.AddWithValue("chat", chatId);
        await command.ExecuteNonQueryAsync(ct);
    }
}
