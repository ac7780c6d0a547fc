using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Database;
using Pryton.Kernel.Scheduling;

namespace Pryton.Modules.Geo.Jobs;

/// <summary>
/// Every minute, for games still running: a player whose last point is over 5 minutes old, or whose live share ends
/// within 5 minutes, is nudged once (until a new point arrives); admins see them as "stale" in /where.
/// </summary>
internal sealed class StaleCheckJob(DbSession session, IOutbound outbound, TimeProvider clock) : IPrytonJob<StaleCheckData>
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(5);

    public async Task RunAsync(StaleCheckData data, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stale = await session.ColumnAsync<long>("""
            UPDATE geo.positions p SET stale_nudged = true
            WHERE NOT stale_nudged AND sent_at < @quiet AND NOT EXISTS (SELECT 1 FROM geo.ended_games e WHERE e.game_id = p.game_id)
            RETURNING user_id
            """, ct, ("quiet", now - Quiet));
        var ending = await session.ColumnAsync<long>("""
            UPDATE geo.positions p SET stale_nudged = true
            WHERE NOT stale_nudged AND live AND live_until < @soon AND NOT EXISTS (SELECT 1 FROM geo.ended_games e WHERE e.game_id = p.game_id)
            RETURNING user_id
            """, ct, ("soon", now + Quiet));
        if (stale.Count > 0)
        {
            await outbound.SendToManyAsync(stale, OutboundMessage.Of("geo.stale.nudge"), ct: ct);
        }

        if (ending.Count > 0)
        {
            await outbound.SendToManyAsync(ending, OutboundMessage.Of("geo.live.ending"), ct: ct);
        }
    }
}
