using Npgsql;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>The sender's SQL on <c>kernel.outbound</c>. Times here are the database's: pacing is not game time.</summary>
internal sealed class OutboundStore(NpgsqlDataSource dataSource)
{
    /// <summary>The head (oldest pending message) of each chat that is due, most urgent first.</summary>
    public async Task<IReadOnlyList<QueuedMessage>> DueHeadsAsync(int limit, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT h.id, h.chat_id, h.payload::text, h.attempts, h.created_at FROM (
                SELECT DISTINCT ON (chat_id) id, chat_id, payload, attempts, priority, not_before, created_at
                FROM kernel.outbound WHERE status = 'pending' ORDER BY chat_id, id) h
            WHERE h.not_before <= clock_timestamp()
            ORDER BY h.priority DESC, h.id
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("limit", limit);
        var heads = new List<QueuedMessage>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            heads.Add(new QueuedMessage(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return heads;
    }

    /// <returns>Whether more messages wait for the same chat.</returns>
    /// <summary>
    /// Records what Telegram accepted. A coalesced message whose content was replaced while it was on its way stays
    /// pending with the newer content (it goes again; nothing newer is lost).
    /// </summary>
    /// <returns>Whether this message is still pending (replaced meanwhile), and whether the chat has anything pending.</returns>
    public async Task<(bool StillPending, bool ChatHasMore)> MarkSentAsync(long id, string sentPayload, int? messageId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE kernel.outbound q SET status = CASE WHEN payload = @payload::jsonb THEN 'sent' ELSE 'pending' END, sent_at = clock_timestamp(),
                message_id = coalesce(@mid, message_id), attempts = attempts + 1, error = NULL
            WHERE id = @id
            RETURNING q.status = 'pending', q.status = 'pending' OR EXISTS (SELECT 1 FROM kernel.outbound o WHERE o.chat_id = q.chat_id AND o.status = 'pending' AND o.id <> q.id)
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("payload", sentPayload);
        command.Parameters.AddWithValue("mid", (object?)messageId ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetBoolean(0), reader.GetBoolean(1)) : (false, false);
    }

    /// <summary>Puts a message back with a delay (429, 5xx, timeout); it stays the head of its chat.</summary>
    public Task DeferAsync(long id, TimeSpan delay, string error, CancellationToken ct) => ExecuteAsync(
        "UPDATE kernel.outbound SET not_before = clock_timestamp() + @delay, attempts = attempts + 1, error = @error WHERE id = @id",
        ct, ("id", id), ("delay", delay), ("error", Trim(error)));

    public Task FailAsync(long id, string status, string error, CancellationToken ct) => ExecuteAsync(
        "UPDATE kernel.outbound SET status = @status, attempts = attempts + 1, error = @error WHERE id = @id",
        ct, ("id", id), ("status", status), ("error", Trim(error)));

    /// <summary>The user blocked the bot: remember it and drop what is queued for them.</summary>
    public Task BlockChatAsync(long chatId, CancellationToken ct) => ExecuteAsync("""
        INSERT INTO kernel.chats (chat_id, user_id, kind, language, first_seen_at, last_seen_at, blocked_at)
        VALUES (@chat, CASE WHEN @chat > 0 THEN @chat END, CASE WHEN @chat > 0 THEN 'private' ELSE 'group' END, 'ru',
                clock_timestamp(), clock_timestamp(), clock_timestamp())
        ON CONFLICT (chat_id) DO UPDATE SET blocked_at = clock_timestamp();
        UPDATE kernel.outbound SET status = 'dropped', error = 'blocked by the user' WHERE chat_id = @chat AND status = 'pending';
        """, ct, ("chat", chatId));

    public async Task<int?> MessageIdOfAsync(long outboundId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT message_id FROM kernel.outbound WHERE id = @id");
        command.Parameters.AddWithValue("id", outboundId);
        return await command.ExecuteScalarAsync(ct) is int id ? id : null;
    }

    public async Task<(long Depth, double OldestSeconds)> StatsAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT count(*), coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0)::float8 FROM kernel.outbound WHERE status = 'pending'");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetDouble(1));
    }

    public Task DeleteFinishedBeforeAsync(TimeSpan age, CancellationToken ct) => ExecuteAsync(
        "DELETE FROM kernel.outbound WHERE status <> 'pending' AND created_at < clock_timestamp() - @age", ct, ("age", age));

    private static string Trim(string error) => error.Length > 500 ? error[..500] : error;

    private async Task ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
