using Pryton.Kernel.Database;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// Seats and the waitlist, enforced by the database: every change locks the game's row first, so concurrent joins
/// are serialised and never seat more than the capacity; seated and offered rows hold seats, waitlisted rows queue
/// with gap-free positions. Sign-up closes when the game starts.
/// </summary>
internal sealed class SeatAllocator(DbSession session, AuditLog audit, TimeProvider clock)
{
    public async Task<SeatResult> JoinAsync(long gameId, long userId, CancellationToken ct)
    {
        if (await LockOpenGameAsync(gameId, ct) is not { } game)
        {
            return new SeatResult(await ExistsAsync(gameId, ct) ? SeatOutcome.Closed : SeatOutcome.NoSuchGame);
        }

        var (status, position) = await PlaceOfAsync(gameId, userId, ct);
        if (status is "seated" or "offered")
        {
            return new SeatResult(SeatOutcome.AlreadySeated);
        }

        if (status == "waitlisted")
        {
            return new SeatResult(SeatOutcome.AlreadyWaitlisted, position);
        }

        var holding = await ScalarAsync<long>("SELECT count(*) FROM games.game_players WHERE game_id = @g AND status IN ('seated', 'offered')", ct, ("g", gameId));
        if (holding < game.Capacity)
        {
            await PlaceAsync(gameId, userId, "seated", null, null, ct);
            await RefreshFullnessAsync(gameId, game.Capacity, ct);
            await audit.WriteAsync(gameId, userId, "player_joined", null, ct);
            return new SeatResult(SeatOutcome.Seated);
        }

        var next = (int)await ScalarAsync<long>("SELECT (coalesce(max(waitlist_position), 0) + 1)::bigint FROM games.game_players WHERE game_id = @g", ct, ("g", gameId));
        await PlaceAsync(gameId, userId, "waitlisted", next, null, ct);
        await audit.WriteAsync(gameId, userId, "player_waitlisted", new { position = next }, ct);
        return new SeatResult(SeatOutcome.Waitlisted, next);
    }

    public async Task<SeatResult> LeaveAsync(long gameId, long userId, CancellationToken ct)
    {
        if (await LockOpenGameAsync(gameId, ct) is not { } game)
        {
            return new SeatResult(await ExistsAsync(gameId, ct) ? SeatOutcome.Closed : SeatOutcome.NoSuchGame);
        }

        var (status, position) = await PlaceOfAsync(gameId, userId, ct);
        switch (status)
        {
            case "waitlisted":
                await PlaceAsync(gameId, userId, "left", null, null, ct);
                await CompactAfterAsync(gameId, position!.Value, ct);
                await audit.WriteAsync(gameId, userId, "player_left_waitlist", null, ct);
                return new SeatResult(SeatOutcome.Left);
            case "seated" or "offered":
                await PlaceAsync(gameId, userId, "left", null, null, ct);
                await audit.WriteAsync(gameId, userId, "player_left", null, ct);
                return await OfferFreedSeatAsync(gameId, game, SeatOutcome.Left, ct);
            default:
                return new SeatResult(SeatOutcome.NotInGame);
        }
    }

    /// <summary>An admin takes a player out before the start: like leaving, and the seat goes on down the line.</summary>
    public async Task<SeatResult> RemoveAsync(long gameId, long userId, CancellationToken ct)
    {
        if (await LockOpenGameAsync(gameId, ct) is not { } game)
        {
            return new SeatResult(SeatOutcome.Closed);
        }

        var (status, position) = await PlaceOfAsync(gameId, userId, ct);
        if (status is not ("seated" or "offered" or "waitlisted"))
        {
            return new SeatResult(SeatOutcome.NotInGame);
        }

        await PlaceAsync(gameId, userId, "removed", null, null, ct);
        if (status == "waitlisted")
        {
            await CompactAfterAsync(gameId, position!.Value, ct);
            return new SeatResult(SeatOutcome.Left);
        }

        return await OfferFreedSeatAsync(gameId, game, SeatOutcome.Left, ct);
    }

    /// <summary>
    /// Changes the number of seats before the start: never below the seats already held; each seat a raise frees is
    /// offered to the next in line. Null when the game is not open.
    /// </summary>
    public async Task<IReadOnlyList<SeatResult>?> SetCapacityAsync(long gameId, long adminId, int capacity, CancellationToken ct)
    {
        if (await LockOpenGameAsync(gameId, ct) is not { } game)
        {
            return null;
        }

        var holding = (int)await ScalarAsync<long>("SELECT count(*) FROM games.game_players WHERE game_id = @g AND status IN ('seated', 'offered')", ct, ("g", gameId));
        var drivers = await ScalarAsync<int>("SELECT max_drivers FROM games.games WHERE id = @g", ct, ("g", gameId));
        if (capacity < Math.Max(holding, Contracts.Games.GamePlan.CapacityMin) || capacity > Contracts.Games.GamePlan.CapacityMax || capacity <= drivers)
        {
            return [new SeatResult(SeatOutcome.Invalid)];
        }

        await ExecuteAsync("UPDATE games.games SET max_participants = @cap WHERE id = @g", ct, ("g", gameId), ("cap", capacity));
        await audit.WriteAsync(gameId, adminId, "capacity_changed", new { from = game.Capacity, to = capacity }, ct);
        var offers = new List<SeatResult>();
        for (var free = capacity - holding; free > 0; free--)
        {
            var offer = await OfferFreedSeatAsync(gameId, (capacity, game.OfferMinutes), SeatOutcome.Seated, ct);
            if (offer.PromotedUserId is null)
            {
                break;
            }

            offers.Add(offer);
        }

        await RefreshFullnessAsync(gameId, capacity, ct);
        return offers;
    }

    /// <summary>
    /// An admin moves a seated player to the end of the waitlist (their seat is offered down the line), or seats a
    /// waitlisted one at once when a seat is free. Results: the move itself first, then any seat offered.
    /// </summary>
    public async Task<IReadOnlyList<SeatResult>?> MoveAsync(long gameId, long userId, bool toWaitlist, long adminId, CancellationToken ct)
    {
        if (await LockOpenGameAsync(gameId, ct) is not { } game)
        {
            return null;
        }

        var (status, position) = await PlaceOfAsync(gameId, userId, ct);
        if (toWaitlist && status is "seated" or "offered")
        {
            var last = (int)await ScalarAsync<long>("SELECT (coalesce(max(waitlist_position), 0) + 1)::bigint FROM games.game_players WHERE game_id = @g", ct, ("g", gameId));
            await PlaceAsync(gameId, userId, "waitlisted", last, null, ct);
            await audit.WriteAsync(gameId, adminId, "player_moved_to_waitlist", new { user = userId, position = last }, ct);
            var offer = await OfferFreedSeatAsync(gameId, game, SeatOutcome.Seated, ct);
            await RefreshFullnessAsync(gameId, game.Capacity, ct);
            return offer.PromotedUserId is null ? [new SeatResult(SeatOutcome.Waitlisted, last)] : [new SeatResult(SeatOutcome.Waitlisted, last), offer];
        }

        if (!toWaitlist && status == "waitlisted")
        {
            var holding = await ScalarAsync<long>("SELECT count(*) FROM games.game_players WHERE game_id = @g AND status IN ('seated', 'offered')", ct, ("g", gameId));
            if (holding >= game.Capacity)
            {
                return [new SeatResult(SeatOutcome.Invalid)];
            }

            await PlaceAsync(gameId, userId, "seated", null, null, ct);
            await CompactAfterAsync(gameId, position!.Value, ct);
            await RefreshFullnessAsync(gameId, game.Capacity, ct);
            await audit.WriteAsync(gameId, adminId, "player_seated_by_admin", new { user = userId }, ct);
            return [new SeatResult(SeatOutcome.Seated)];
        }

        return [new SeatResult(SeatOutcome.NotInGame)];
    }

    /// <summary>The first in line takes the offered seat; an answer after the deadline is too late.</summary>
    public async Task<SeatResult> ConfirmOfferAsync(long gameId, long userId, CancellationToken ct)
    {
        if (await LockOpenGameAsync(gameId, ct) is null)
        {
            return new SeatResult(SeatOutcome.Closed);
        }

        var offered = await ScalarAsync<long>(
            "SELECT count(*) FROM games.game_players WHERE game_id = @g AND user_id = @u AND status = 'offered' AND offered_until > @now",
            ct, ("g", gameId), ("u", userId), ("now", clock.GetUtcNow()));
        if (offered == 0)
        {
            return new SeatResult(SeatOutcome.OfferExpired);
        }

        await PlaceAsync(gameId, userId, "seated", null, null, ct);
        await audit.WriteAsync(gameId, userId, "seat_offer_accepted", null, ct);
        return new SeatResult(SeatOutcome.Seated);
    }

    /// <summary>Declined or timed out: the player leaves and the seat goes to the next in line. Idempotent.</summary>
    public async Task<SeatResult> ReleaseOfferAsync(long gameId, long userId, bool onlyWhenExpired, CancellationToken ct)
    {
        if (await LockOpenGameAsync(gameId, ct) is not { } game)
        {
            return new SeatResult(SeatOutcome.Closed);
        }

        var released = await ExecuteAsync("""
            UPDATE games.game_players SET status = 'left', offered_until = NULL, updated_at = @now
            WHERE game_id = @g AND user_id = @u AND status = 'offered' AND (NOT @only OR offered_until <= @now)
            """, ct, ("g", gameId), ("u", userId), ("now", clock.GetUtcNow()), ("only", onlyWhenExpired));
        if (released == 0)
        {
            return new SeatResult(SeatOutcome.NotInGame);
        }

        await audit.WriteAsync(gameId, userId, onlyWhenExpired ? "seat_offer_expired" : "seat_offer_declined", null, ct);
        return await OfferFreedSeatAsync(gameId, game, SeatOutcome.Left, ct);
    }

    private async Task<SeatResult> OfferFreedSeatAsync(long gameId, (int Capacity, int OfferMinutes) game, SeatOutcome outcome, CancellationToken ct)
    {
        var next = await ScalarAsync<long>("SELECT coalesce(min(user_id) FILTER (WHERE waitlist_position = 1), 0) FROM games.game_players WHERE game_id = @g", ct, ("g", gameId));
        if (next == 0)
        {
            await RefreshFullnessAsync(gameId, game.Capacity, ct);
            return new SeatResult(outcome);
        }

        var until = clock.GetUtcNow().AddMinutes(game.OfferMinutes);
        await PlaceAsync(gameId, next, "offered", null, until, ct);
        await CompactAfterAsync(gameId, 1, ct);
        await audit.WriteAsync(gameId, next, "seat_offered", new { until }, ct);
        return new SeatResult(outcome, PromotedUserId: next, OfferedUntil: until);
    }

    private async Task<(int Capacity, int OfferMinutes)?> LockOpenGameAsync(long gameId, CancellationToken ct)
    {
        await using var command = session.Command("""
            SELECT max_participants, seat_offer_minutes FROM games.games
            WHERE id = @g AND status IN ('recruiting', 'full') AND starts_at > @now
            FOR UPDATE
            """);
        command.Parameters.AddWithValue("g", gameId);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt32(0), reader.GetInt32(1)) : null;
    }

    private async Task<bool> ExistsAsync(long gameId, CancellationToken ct) =>
        await ScalarAsync<long>("SELECT count(*) FROM games.games WHERE id = @g", ct, ("g", gameId)) > 0;

    private async Task<(string? Status, int? Position)> PlaceOfAsync(long gameId, long userId, CancellationToken ct)
    {
        await using var command = session.Command("SELECT status, waitlist_position FROM games.game_players WHERE game_id = @g AND user_id = @u");
        command.Parameters.AddWithValue("g", gameId);
        command.Parameters.AddWithValue("u", userId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt32(1)) : (null, null);
    }

    private Task<int> PlaceAsync(long gameId, long userId, string status, int? position, DateTimeOffset? offeredUntil, CancellationToken ct) => ExecuteAsync("""
        INSERT INTO games.game_players (game_id, user_id, status, waitlist_position, offered_until, joined_at, updated_at)
        VALUES (@g, @u, @status, @position, @until, @now, @now)
        ON CONFLICT (game_id, user_id) DO UPDATE SET status = EXCLUDED.status, waitlist_position = EXCLUDED.waitlist_position,
            offered_until = EXCLUDED.offered_until, updated_at = EXCLUDED.updated_at
        """, ct, ("g", gameId), ("u", userId), ("status", status), ("position", (object?)position ?? DBNull.Value),
        ("until", (object?)offeredUntil ?? DBNull.Value), ("now", clock.GetUtcNow()));

    private Task<int> CompactAfterAsync(long gameId, int position, CancellationToken ct) => ExecuteAsync(
        "UPDATE games.game_players SET waitlist_position = waitlist_position - 1 WHERE game_id = @g AND waitlist_position > @p",
        ct, ("g", gameId), ("p", position));

    private Task<int> RefreshFullnessAsync(long gameId, int capacity, CancellationToken ct) => ExecuteAsync("""
        UPDATE games.games SET status = CASE
            WHEN (SELECT count(*) FROM games.game_players WHERE game_id = @g AND status IN ('seated', 'offered')) >= @cap THEN 'full'
            ELSE 'recruiting' END
        WHERE id = @g AND status IN ('recruiting', 'full')
        """, ct, ("g", gameId), ("cap", capacity));

    private Task<T> ScalarAsync<T>(string sql, CancellationToken ct, params (string Name, object Value)[] parameters) =>
        session.ScalarAsync<T>(sql, ct, parameters);

    private Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters) =>
        session.ExecuteAsync(sql, ct, parameters);
}
