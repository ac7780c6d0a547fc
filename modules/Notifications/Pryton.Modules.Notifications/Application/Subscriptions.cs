using Pryton.Kernel.Database;

namespace Pryton.Modules.Notifications.Application;

/// <summary>Who wants to hear of new games in which districts (<c>notifications.subscriptions</c>).</summary>
internal sealed class Subscriptions(DbSession session, TimeProvider clock)
{
    public async Task<IReadOnlySet<long>> DistrictsOfAsync(long userId, CancellationToken ct) =>
        (await session.ColumnAsync<long>("SELECT district_id FROM notifications.subscriptions WHERE user_id = @u", ct, ("u", userId))).ToHashSet();

    /// <returns>True when now subscribed, false when unsubscribed.</returns>
    public async Task<bool> ToggleAsync(long userId, long districtId, CancellationToken ct)
    {
        var removed = await session.ExecuteAsync("DELETE FROM notifications.subscriptions WHERE user_id = @u AND district_id = @d", ct, ("u", userId), ("d", districtId));
        if (removed > 0)
        {
            return false;
        }

        await session.ExecuteAsync("INSERT INTO notifications.subscriptions (user_id, district_id, created_at) VALUES (@u, @d, @now) ON CONFLICT DO NOTHING",
            ct, ("u", userId), ("d", districtId), ("now", clock.GetUtcNow()));
        return true;
    }

    /// <summary>Subscribers of a district who did not switch announcements off.</summary>
    public Task<IReadOnlyList<long>> AnnounceToAsync(long districtId, CancellationToken ct) => session.ColumnAsync<long>("""
        SELECT s.user_id FROM notifications.subscriptions s
        LEFT JOIN notifications.preferences p ON p.user_id = s.user_id
        WHERE s.district_id = @d AND coalesce(p.announcements, true)
        """, ct, ("d", districtId));

    public Task<int> ForgetAsync(long userId, CancellationToken ct) => session.ExecuteAsync(
        "DELETE FROM notifications.subscriptions WHERE user_id = @u; DELETE FROM notifications.preferences WHERE user_id = @u", ct, ("u", userId));
}
