using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Pryton.Kernel.Database;
using Pryton.Kernel.Texts;
using Pryton.Kernel.UnitOfWork;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>
/// Writes rendered messages into <c>kernel.outbound</c> inside the current transaction and wakes the sender after
/// commit. Chats that blocked the bot are skipped. A reply keyboard also records which command each label means,
/// so a press is routed by command, never by translated text. A message that heads its chat's queue is also handed to
/// the sender after the commit (<see cref="OutboundHandoff"/>), so a reply does not wait for the sender's next query.
/// </summary>
internal sealed class OutboundWriter(DbSession session, MessageRenderer renderer, IAfterCommit afterCommit, OutboundSignal signal, OutboundHandoff handoff)
    : IOutbound
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<QueuedMessage> heads = [];
    private bool wakeQueued;
    private bool scanWanted;

    public async Task<long> SendAsync(long chatId, OutboundMessage message, SendOptions? options = null, CancellationToken ct = default)
    {
        var (language, blocked) = await ChatAsync(chatId, ct);
        return blocked ? 0 : await WriteAsync(chatId, renderer.Render(message, language), options ?? SendOptions.Default, ct);
    }

    public async Task SendToManyAsync(IReadOnlyCollection<long> chatIds, OutboundMessage message, SendOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(chatIds);
        var chats = await ChatsAsync(chatIds, ct);
        foreach (var group in chatIds.Distinct().Where(id => !chats.TryGetValue(id, out var c) || !c.Blocked)
                     .GroupBy(id => chats.TryGetValue(id, out var c) ? c.Language : Language.Russian))
        {
            var rendered = renderer.Render(message, group.Key);
            foreach (var chatId in group)
            {
                await WriteAsync(chatId, rendered, options ?? SendOptions.Default, ct);
            }
        }
    }

    /// <summary>Queues an already chosen language's rendering (replies to the user of the current update).</summary>
    internal Task<long> WriteAsync(long chatId, OutboundMessage message, string language, SendOptions options, CancellationToken ct) =>
        WriteAsync(chatId, renderer.Render(message, language), options, ct);

    private async Task<long> WriteAsync(long chatId, StoredMessage message, SendOptions options, CancellationToken ct)
    {
        // "head": nothing older waits for this chat (as far as this transaction sees), so it may go the moment we commit.
        await using var command = session.Command("""
            INSERT INTO kernel.outbound AS q (chat_id, priority, coalesce_key, tag, payload, created_at, not_before)
            VALUES (@chat, @priority, @coalesce, @tag, @payload, clock_timestamp(), clock_timestamp())
            ON CONFLICT (chat_id, coalesce_key) WHERE status = 'pending' AND coalesce_key IS NOT NULL
            DO UPDATE SET payload = EXCLUDED.payload, priority = EXCLUDED.priority
            RETURNING id, NOT EXISTS (SELECT 1 FROM kernel.outbound o WHERE o.chat_id = q.chat_id AND o.status = 'pending' AND o.id < q.id), created_at
            """);
        var payload = JsonSerializer.Serialize(message, Json);
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("priority", options.Priority);
        command.Parameters.AddWithValue("coalesce", (object?)options.CoalesceKey ?? DBNull.Value);
        command.Parameters.AddWithValue("tag", (object?)options.Tag ?? DBNull.Value);
        command.Parameters.AddWithValue("payload", NpgsqlDbType.Jsonb, payload);
        long id;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            id = reader.GetInt64(0);
            if (reader.GetBoolean(1) && options.CoalesceKey is null)
            {
                heads.Add(new QueuedMessage(id, chatId, payload, 0, reader.GetFieldValue<DateTimeOffset>(2)));
            }
            else
            {
                scanWanted = true;
            }
        }

        if (message.Keyboard is { Kind: KeyboardKind.Reply or KeyboardKind.Remove } keyboard)
        {
            await RememberReplyCommandsAsync(chatId, keyboard, ct);
        }

        if (!wakeQueued)
        {
            wakeQueued = true;
            afterCommit.Add(HandOver);
            afterCommit.AddWakeUp(signal.Pulse);
        }

        return id;
    }

    private void HandOver()
    {
        foreach (var head in heads)
        {
            handoff.Offer(head);
        }

        if (scanWanted)
        {
            handoff.WantScan();
        }
    }

    private async Task RememberReplyCommandsAsync(long chatId, StoredKeyboard keyboard, CancellationToken ct)
    {
        var commands = keyboard.Rows.SelectMany(r => r)
            .Where(b => b.Command is not null)
            .GroupBy(b => b.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Command!, StringComparer.Ordinal);
        await using var command = session.Command("UPDATE kernel.chats SET reply_commands = @commands WHERE chat_id = @chat");
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("commands", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(commands, Json));
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<(string Language, bool Blocked)> ChatAsync(long chatId, CancellationToken ct)
    {
        var chats = await ChatsAsync([chatId], ct);
        return chats.TryGetValue(chatId, out var chat) ? (chat.Language, chat.Blocked) : (Language.Russian, false);
    }

    private async Task<Dictionary<long, (string Language, bool Blocked)>> ChatsAsync(IReadOnlyCollection<long> chatIds, CancellationToken ct)
    {
        await using var command = session.Command(
            "SELECT chat_id, coalesce(language, @fallback), blocked_at IS NOT NULL FROM kernel.chats WHERE chat_id = ANY(@ids)");
        command.Parameters.AddWithValue("ids", chatIds.ToArray());
        command.Parameters.AddWithValue("fallback", Language.Russian);
        var result = new Dictionary<long, (string, bool)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result[reader.GetInt64(0)] = (reader.GetString(1), reader.GetBoolean(2));
        }

        return result;
    }
}
