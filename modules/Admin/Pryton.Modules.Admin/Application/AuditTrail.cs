using Pryton.Kernel.Database;

namespace Pryton.Modules.Admin.Application;

/// <summary>
/// <c>admin.audit_entries</c>: every admin action and every refused attempt at one — who, what, on what, when.
/// Entries are only ever added.
/// </summary>
internal sealed class AuditTrail(DbSession session, TimeProvider clock)
{
    public const int TargetMax = 200;

    public Task WriteAsync(long actorId, string action, string? target, bool allowed, CancellationToken ct) => session.ExecuteAsync("""
        INSERT INTO admin.audit_entries (actor_id, action, target, allowed, created_at) VALUES (@actor, @action, @target, @allowed, @now)
        """, ct, ("actor", actorId), ("action", action.Length > 64 ? action[..64] : action),
        ("target", target is null ? DBNull.Value : target.Length > TargetMax ? target[..TargetMax] : target), ("allowed", allowed), ("now", clock.GetUtcNow()));

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, CancellationToken ct)
    {
        await using var command = session.Command(
            "SELECT actor_id, action, target, allowed, created_at FROM admin.audit_entries ORDER BY id DESC LIMIT @n");
        command.Parameters.AddWithValue("n", count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3),
                reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return entries;
    }
}
