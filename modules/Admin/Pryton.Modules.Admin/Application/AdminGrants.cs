using Pryton.Contracts.Admin;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;

namespace Pryton.Modules.Admin.Application;

/// <summary>Granting and revoking the organiser role in the bot; each change is audited and announced.</summary>
internal sealed class AdminGrants(DbSession session, AdminRoster roster, AuditTrail audit, IEventBus bus, TimeProvider clock)
{
    /// <returns>False when the user already is an admin.</returns>
    public async Task<bool> GrantAsync(long userId, long by, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (roster.Bootstrap.Contains(userId) || await session.ExecuteAsync("""
                INSERT INTO admin.admins (user_id, source, granted_by, granted_at) VALUES (@u, 'granted', @by, @now) ON CONFLICT (user_id) DO NOTHING
                """, ct, ("u", userId), ("by", by), ("now", now)) == 0)
        {
            return false;
        }

        await audit.WriteAsync(by, "admin.grant", userId.ToString(System.Globalization.CultureInfo.InvariantCulture), allowed: true, ct);
        await bus.PublishAsync(new AdminGranted(userId, by, now), ct);
        return true;
    }

    /// <returns>Null when revoked; otherwise why not ("bootstrap" — set by the operator; "self"; "none" — not an admin).</returns>
    public async Task<string?> RevokeAsync(long userId, long by, CancellationToken ct)
    {
        if (roster.Bootstrap.Contains(userId))
        {
            return "bootstrap";
        }

        if (userId == by)
        {
            return "self";
        }

        if (await session.ExecuteAsync("DELETE FROM admin.admins WHERE user_id = @u AND source = 'granted'", ct, ("u", userId)) == 0)
        {
            return "none";
        }

        await audit.WriteAsync(by, "admin.revoke", userId.ToString(System.Globalization.CultureInfo.InvariantCulture), allowed: true, ct);
        await bus.PublishAsync(new AdminRevoked(userId, by, clock.GetUtcNow()), ct);
        return null;
    }

    /// <summary>The admins granted in the bot (the operator's are listed apart).</summary>
    public Task<IReadOnlyList<long>> GrantedAsync(CancellationToken ct) =>
        session.ColumnAsync<long>("SELECT user_id FROM admin.admins WHERE source = 'granted' ORDER BY granted_at", ct);
}
