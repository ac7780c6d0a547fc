using Pryton.Kernel.Database;

namespace Pryton.Modules.Games.Application;

/// <summary>Who follows a game without playing it (GAME-RULES §14.14). A finished game is not followed any more.</summary>
internal sealed class Followers(DbSession session, AuditLog audit, TimeProvider clock)
{
    /// <returns>True when changed, false when it already was so, null when the game is gone or over.</returns>
    public async Task<bool?> SetAsync(long gameId, long userId, bool follow, CancellationToken ct)
    {
        var open = await session.ScalarAsync<long>("SELECT count(*) FROM games.games WHERE id = @g AND status NOT IN ('completed', 'canceled')", ct, ("g", gameId));
        if (open == 0)
        {
            return null;
        }

        var changed = follow
            ? await session.ExecuteAsync("INSERT INTO games.followers (game_id, user_id, created_at) VALUES (@g, @u, @now) ON CONFLICT DO NOTHING",
                ct, ("g", gameId), ("u", userId), ("now", clock.GetUtcNow()))
            : await session.ExecuteAsync("DELETE FROM games.followers WHERE game_id = @g AND user_id = @u", ct, ("g", gameId), ("u", userId));
        if (changed > 0)
        {
            await audit.WriteAsync(gameId, userId, follow ? "follow" : "unfollow", null, ct);
        }

        return changed > 0;
    }

    public async Task<bool> FollowsAsync(long gameId, long userId, CancellationToken ct) =>
        await session.ScalarAsync<long>("SELECT count(*) FROM games.followers WHERE game_id = @g AND user_id = @u", ct, ("g", gameId), ("u", userId)) > 0;
}
