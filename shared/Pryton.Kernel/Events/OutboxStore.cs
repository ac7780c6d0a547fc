using Npgsql;
using Pryton.Kernel.Database;

namespace Pryton.Kernel.Events;

/// <summary>The outbox's SQL, outside any module's unit of work: claims, outcomes and clean-up.</summary>
internal sealed class OutboxStore(NpgsqlDataSource dataSource)
{
    // A claim is a lease: another replica skips locked rows, and a crashed one's lease runs out.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    public async Task<IReadOnlyList<OutboxRow>> ClaimAsync(int batch, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE kernel.outbox o SET locked_until = @until
            FROM (SELECT id FROM kernel.outbox
                  WHERE dispatched_at IS NULL AND parked_at IS NULL AND next_attempt_at <= @now
                    AND (locked_until IS NULL OR locked_until < @now)
                  ORDER BY seq LIMIT @batch FOR UPDATE SKIP LOCKED) due
            WHERE o.id = due.id
            RETURNING o.id, o.seq, o.event_type, o.payload::text, o.attempts
            """);
        command.Parameters.AddWithValue("until", now + Lease);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("batch", batch);
        var rows = new List<OutboxRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new OutboxRow(reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
        }

        return rows.OrderBy(r => r.Seq).ToList();
    }

    public async Task MarkDispatchedAsync(Guid id, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE kernel.outbox SET dispatched_at = @now, locked_until = NULL, last_error = NULL WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <returns>True when this failure parked the event (no more retries).</returns>
    public async Task<bool> MarkFailedAsync(Guid id, int attempts, DateTimeOffset nextAttempt, bool park, string error, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE kernel.outbox SET attempts = @attempts, next_attempt_at = @next, locked_until = NULL,
                   last_error = @error, parked_at = CASE WHEN @park THEN @now END
            WHERE id = @id
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("attempts", attempts);
        command.Parameters.AddWithValue("next", nextAttempt);
        command.Parameters.AddWithValue("error", error.Length > 2000 ? error[..2000] : error);
        command.Parameters.AddWithValue("park", park);
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(ct);
        return park;
    }

    /// <summary>Records that a handler ran for an event, inside the handler's own unit of work.</summary>
    /// <returns>False when it had already run (a redelivery): the caller skips the handler.</returns>
    public static async Task<bool> TryRecordHandledAsync(DbSession session, Guid eventId, string handler, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = session.Command(
            "INSERT INTO kernel.handled_events (event_id, handler, handled_at) VALUES (@id, @handler, @now) ON CONFLICT DO NOTHING");
        command.Parameters.AddWithValue("id", eventId);
        command.Parameters.AddWithValue("handler", handler);
        command.Parameters.AddWithValue("now", now);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task<int> DeleteDispatchedBeforeAsync(DateTimeOffset before, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            WITH gone AS (DELETE FROM kernel.outbox WHERE dispatched_at < @before RETURNING id)
            DELETE FROM kernel.handled_events h USING gone WHERE h.event_id = gone.id
            """);
        command.Parameters.AddWithValue("before", before);
        return await command.ExecuteNonQueryAsync(ct);
    }
}
