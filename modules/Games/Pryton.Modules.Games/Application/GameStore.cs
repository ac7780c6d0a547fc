using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Database;
using Pryton.Modules.Games.Data;
using Pryton.Modules.Games.Data.Configurations;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// The game row under lock and the guarded transition: every state change first locks the row (so a timer and an
/// admin acting at once are serialised) and then moves the status with <c>WHERE status = ANY(expected)</c>, so the
/// second of two racing triggers changes nothing.
/// </summary>
internal sealed class GameStore(GamesDbContext db, DbSession session, TimeProvider clock)
{
    public async Task<Game?> LockAsync(long gameId, CancellationToken ct) =>
        (await db.Games.FromSql($"SELECT * FROM games.games WHERE id = {gameId} FOR UPDATE").AsNoTracking().ToListAsync(ct)).FirstOrDefault();

    /// <returns>True when this call made the transition.</returns>
    public async Task<bool> MoveAsync(long gameId, GameStatus[] from, GameStatus to, string alsoSet, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        var set = string.IsNullOrEmpty(alsoSet) ? "status = @to" : $"status = @to, {alsoSet}";
        (string, object)[] all = [("id", gameId), ("from", from.Select(SnakeCaseEnum.ToText).ToArray()), ("to", SnakeCaseEnum.ToText(to)), .. parameters];
        return await session.ExecuteAsync($"UPDATE games.games SET {set} WHERE id = @id AND status = ANY(@from)", ct, all) == 1;
    }

    public Task<int> UpdateAsync(long gameId, string set, CancellationToken ct, params (string Name, object Value)[] parameters) =>
        session.ExecuteAsync($"UPDATE games.games SET {set} WHERE id = @id", ct, [("id", gameId), .. parameters]);

    /// <summary>Players holding a seat (before the start) or who played (after it).</summary>
    public async Task<IReadOnlyList<GamePlayer>> SeatedAsync(long gameId, CancellationToken ct) =>
        await db.Players.AsNoTracking().Where(p => p.GameId == gameId && p.Status == SeatStatus.Seated).OrderBy(p => p.JoinedAt).ToListAsync(ct);

    /// <summary>Everybody with a place in the game: seated, offered or waiting.</summary>
    public async Task<IReadOnlyList<GamePlayer>> EnrolledAsync(long gameId, CancellationToken ct) =>
        await db.Players.AsNoTracking()
            .Where(GamePlayer.Enrolled).Where(p => p.GameId == gameId)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<long>> FollowersAsync(long gameId, CancellationToken ct) =>
        await session.ColumnAsync<long>("SELECT user_id FROM games.followers WHERE game_id = @g", ct, ("g", gameId));

    /// <summary>The game's record of who started as a driver (later role changes do not rewrite history).</summary>
    public Task<int> RecordStartingRolesAsync(long gameId, IReadOnlyList<long> drivers, CancellationToken ct) => session.ExecuteAsync(
        "UPDATE games.game_players SET hid_as_driver = (user_id = ANY(@drivers)) WHERE game_id = @g AND status = 'seated'",
        ct, ("g", gameId), ("drivers", drivers.ToArray()));

    /// <summary>At the start the waitlist and unanswered offers close; returns who was left without a seat.</summary>
    public async Task<IReadOnlyList<long>> CloseWaitlistAsync(long gameId, CancellationToken ct) =>
        await session.ColumnAsync<long>("""
            UPDATE games.game_players SET status = 'left', waitlist_position = NULL, offered_until = NULL, updated_at = @now
            WHERE game_id = @g AND status IN ('waitlisted', 'offered')
            RETURNING user_id
            """, ct, ("g", gameId), ("now", clock.GetUtcNow()));

    /// <summary>An admin takes a player out of a running game: they stay in the record as removed.</summary>
    public async Task<bool> RemoveFromRunningGameAsync(long gameId, long userId, CancellationToken ct) =>
        await session.ExecuteAsync("UPDATE games.game_players SET status = 'removed', updated_at = @now WHERE game_id = @g AND user_id = @u AND status = 'seated'",
            ct, ("g", gameId), ("u", userId), ("now", clock.GetUtcNow())) == 1;
}
