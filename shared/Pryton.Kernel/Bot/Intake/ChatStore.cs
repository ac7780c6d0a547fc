using System.Text.Json;
using Pryton.Kernel.Database;
using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Intake;

/// <summary><c>kernel.chats</c>: seen on every update (language, username, unblocked by writing), read for replies.</summary>
internal sealed class ChatStore(DbSession session)
{
    private static readonly IReadOnlyDictionary<string, string> NoCommands = new Dictionary<string, string>();

    private const string TouchSql = """
        INSERT INTO kernel.chats (chat_id, user_id, kind, username, language, language_code, first_seen_at, last_seen_at)
        VALUES (@chat, @user, @kind, @username, @language, @code, @now, @now)
        ON CONFLICT (chat_id) DO UPDATE SET
            user_id = EXCLUDED.user_id, username = EXCLUDED.username, language_code = EXCLUDED.language_code,
            language = CASE WHEN kernel.chats.language_chosen THEN kernel.chats.language ELSE EXCLUDED.language END,
            last_seen_at = EXCLUDED.last_seen_at, blocked_at = NULL
        RETURNING language, reply_commands::text
        """;

    /// <summary>
    /// The start of every update, in one round trip: the chat's lock (its updates in order, across replicas; it ends
    /// with the transaction), the update id recorded (false for a redelivery, which the caller skips), and the chat
    /// touched — it wrote to the bot (language, username, unblocked) — with its state returned.
    /// </summary>
    public async Task<(bool Fresh, ChatState Chat)> EnterAsync(long updateId, UpdateSource source, DateTimeOffset now, CancellationToken ct)
    {
        await using var batch = session.Batch(
            ("SELECT pg_advisory_xact_lock(@chat)", [("chat", source.ChatId)]),
            ("INSERT INTO kernel.processed_updates (update_id, processed_at) VALUES (@id, @now) ON CONFLICT DO NOTHING", [("id", updateId), ("now", now)]),
            (TouchSql,
            [
                ("chat", source.ChatId), ("user", source.UserId), ("kind", source.ChatKind.ToString().ToLowerInvariant()),
                ("username", (object?)source.Username ?? DBNull.Value), ("language", Language.FromTelegram(source.LanguageCode)),
                ("code", (object?)source.LanguageCode ?? DBNull.Value), ("now", now),
            ]));
        ChatState? chat = null;
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            // Result sets in order: the lock's row (one column), the insert (none), the chat (two columns).
            do
            {
                if (reader.FieldCount == 2 && await reader.ReadAsync(ct))
                {
                    chat = new ChatState(reader.GetString(0), reader.IsDBNull(1)
                        ? NoCommands
                        : JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(1)) ?? NoCommands);
                }
            }
            while (await reader.NextResultAsync(ct));
        }

        return (batch.BatchCommands[1].RecordsAffected == 1, chat!);
    }

    public async Task ChooseLanguageAsync(long chatId, string language, CancellationToken ct)
    {
        await using var command = session.Command("UPDATE kernel.chats SET language = @language, language_chosen = true WHERE chat_id = @chat");
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("language", language);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>my_chat_member: the user blocked (kicked) or unblocked the bot.</summary>
    public async Task SetBlockedAsync(long chatId, bool blocked, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = session.Command(blocked
            ? """
              UPDATE kernel.chats SET blocked_at = @now WHERE chat_id = @chat;
              UPDATE kernel.outbound SET status = 'dropped', error = 'blocked by the user' WHERE chat_id = @chat AND status = 'pending';
              """
            : "UPDATE kernel.chats SET blocked_at = NULL WHERE chat_id = @chat");
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Records many updates at once (one round trip) and returns the ids that were new.</summary>
    public async Task<HashSet<long>> RecordUpdatesAsync(IReadOnlyList<(long UpdateId, long ChatId)> updates, DateTimeOffset now, CancellationToken ct)
    {
        // Locks taken in chat order: two transactions locking several chats each can never wait on each other in a cycle.
        await using var batch = session.Batch(
            ("SELECT count(pg_advisory_xact_lock(c)) FROM (SELECT DISTINCT c FROM unnest(@chats) c ORDER BY c) chats", [("chats", updates.Select(u => u.ChatId).ToArray())]),
            ("INSERT INTO kernel.processed_updates (update_id, processed_at) SELECT id, @now FROM unnest(@ids) id ON CONFLICT DO NOTHING RETURNING update_id",
                [("ids", updates.Select(u => u.UpdateId).ToArray()), ("now", now)]));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        var fresh = new HashSet<long>();
        while (await reader.ReadAsync(ct))
        {
            fresh.Add(reader.GetInt64(0));
        }

        return fresh;
    }
}
