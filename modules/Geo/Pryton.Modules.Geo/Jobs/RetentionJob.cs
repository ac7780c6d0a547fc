using Pryton.Kernel.Database;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Scheduling;

namespace Pryton.Modules.Geo.Jobs;

/// <summary>
/// Daily: the pings and positions of games that ended more than <c>PRYTON_LOCATION_RETENTION_DAYS</c> ago are
/// deleted; what stays is one summary per player and game (points, flagged, times out of the zone, first and last).
/// </summary>
internal sealed class RetentionJob(DbSession session, GameDefaults defaults, TimeProvider clock) : IPrytonJob<RetentionData>
{
    public async Task RunAsync(RetentionData data, CancellationToken ct)
    {
        var before = clock.GetUtcNow().AddDays(-defaults.LocationRetentionDays);
        await using var batch = session.Batch(
            ("""
             INSERT INTO geo.track_summaries (game_id, user_id, pings, flagged, out_of_zone, first_at, last_at)
             SELECT p.game_id, p.user_id, count(*), count(*) FILTER (WHERE p.flags IS NOT NULL), coalesce(max(pos.out_count), 0), min(p.sent_at), max(p.sent_at)
             FROM geo.pings p
             JOIN geo.ended_games e ON e.game_id = p.game_id AND e.ended_at < @before
             LEFT JOIN geo.positions pos ON pos.game_id = p.game_id AND pos.user_id = p.user_id
             GROUP BY p.game_id, p.user_id
             ON CONFLICT (game_id, user_id) DO NOTHING
             """, [("before", before)]),
            ("DELETE FROM geo.pings p USING geo.ended_games e WHERE e.game_id = p.game_id AND e.ended_at < @before", [("before", before)]),
            ("DELETE FROM geo.positions p USING geo.ended_games e WHERE e.game_id = p.game_id AND e.ended_at < @before", [("before", before)]),
            ("DELETE FROM geo.ended_games WHERE ended_at < @before", [("before", before)]));
        await batch.ExecuteNonQueryAsync(ct);
    }
}
