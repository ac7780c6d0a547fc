using Pryton.Contracts.Games;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Domain;
using static Pryton.Modules.Games.Application.GameMessenger;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// Hiding and finding as the game records them (GAME-RULES §8 rewrite): each fact is set once by a guarded UPDATE,
/// so a second report of the same find changes nothing. The last driver hidden may start the search early; the last
/// driver found ends the game (unless manual control leaves that to the admins).
/// </summary>
internal sealed class Finds(
    GameStore store, DbSession session, IGameSettings settings, AuditLog audit, IEventBus bus, GameMessenger messenger,
    PhaseFlow phases, GameEnding ending, GameResults results, TimeProvider clock) : IGameProgress
{
    public async Task<bool> DriverHidAsync(long gameId, long driverId, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { Status: GameStatus.HidingPhase } game)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (await session.ExecuteAsync("""
                UPDATE games.game_players SET hidden_at = @now
                WHERE game_id = @g AND user_id = @u AND status = 'seated' AND hid_as_driver AND hidden_at IS NULL
                """, ct, ("g", gameId), ("u", driverId), ("now", now)) == 0)
        {
            return false;
        }

        await audit.WriteAsync(gameId, driverId, "driver_hid", null, ct);
        await bus.PublishAsync(new DriverHid(gameId, driverId, now), ct);
        await messenger.ToAsync(driverId, TextRef.Of("games.hid.driver", new { title = game.Title, deadline = Clock(game, game.PhaseEndsAt!.Value) }), null, ct);

        var current = await settings.CurrentAsync(ct);
        var everyoneHid = (await store.SeatedAsync(gameId, ct)).Where(p => p.HidAsDriver == true).All(p => p.HiddenAt is not null);
        if (everyoneHid && current.AutoStartSearching && !current.ManualControlMode && !game.ManualControl)
        {
            await phases.EndHidingAsync(gameId, PhaseTrigger.Players, ct);
        }

        return true;
    }

    public Task<bool> DriverFoundAsync(long gameId, long driverId, long seekerId, long? confirmedBy, CancellationToken ct) =>
        RecordFoundAsync(gameId, driverId, seekerId, confirmedBy, ct);

    /// <summary>
    /// A claim made during the search and confirmed after the game ended: the find counts at the claim's time (it
    /// happened then), and everyone gets the results again, marked as updated.
    /// </summary>
    public async Task<bool> LateFindAsync(long gameId, long driverId, long seekerId, DateTimeOffset claimedAt, long? confirmedBy, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { Status: GameStatus.Completed, SearchStartedAt: { } searchFrom, EndedAt: { } endedAt } game
            || claimedAt < searchFrom || claimedAt > endedAt)
        {
            return false;
        }

        if (await session.ExecuteAsync("""
                UPDATE games.game_players SET found_at = @at, found_by = @seeker
                WHERE game_id = @g AND user_id = @u AND status = 'seated' AND hid_as_driver AND found_at IS NULL
                """, ct, ("g", gameId), ("u", driverId), ("at", claimedAt), ("seeker", seekerId)) == 0)
        {
            return false;
        }

        await audit.WriteAsync(gameId, confirmedBy ?? seekerId, "driver_found_late", new { driver = driverId, seeker = seekerId, claimed_at = claimedAt }, ct);
        await results.SendAsync(game, onlyTo: null, updated: true, ct);
        return true;
    }

    /// <summary>A find by a seeker, or (no seeker) an admin's mark.</summary>
    public async Task<bool> RecordFoundAsync(long gameId, long driverId, long? seekerId, long? actorId, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { Status: GameStatus.SearchingPhase } game)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (await session.ExecuteAsync("""
                UPDATE games.game_players SET found_at = @now, found_by = @seeker
                WHERE game_id = @g AND user_id = @u AND status = 'seated' AND hid_as_driver AND found_at IS NULL
                """, ct, ("g", gameId), ("u", driverId), ("now", now), ("seeker", (object?)seekerId ?? DBNull.Value)) == 0)
        {
            return false;
        }

        await audit.WriteAsync(gameId, actorId ?? seekerId, "driver_found", new { driver = driverId, seeker = seekerId }, ct);
        await bus.PublishAsync(new DriverFound(gameId, driverId, seekerId, now, game.FoundBecomesSeeker), ct);

        var players = await store.SeatedAsync(gameId, ct);
        var drivers = players.Where(p => p.HidAsDriver == true).ToList();
        var found = drivers.Count(d => d.FoundAt is not null);
        await TellAboutFindAsync(game, players, driverId, seekerId, found, drivers.Count, ct);

        var current = await settings.CurrentAsync(ct);
        if (found < drivers.Count)
        {
            return true;
        }

        if (current.AutoEndGame && !current.ManualControlMode && !game.ManualControl)
        {
            await ending.CompleteAsync(game, "all_found", null, ct);
        }
        else
        {
            await messenger.ToAdminsAsync(TextRef.Of("games.found.all-manual", new { title = game.Title }), null, ct);
        }

        return true;
    }

    /// <summary>An admin takes a wrong "found" back while the game runs: the driver is hidden again.</summary>
    public async Task<ControlResult> UnmarkFoundAsync(long gameId, long driverId, long adminId, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { Running: true } game)
        {
            return ControlRefusal.WrongStage;
        }

        if (await session.ExecuteAsync(
                "UPDATE games.game_players SET found_at = NULL, found_by = NULL WHERE game_id = @g AND user_id = @u AND hid_as_driver AND found_at IS NOT NULL",
                ct, ("g", gameId), ("u", driverId)) == 0)
        {
            return ControlRefusal.NotADriver;
        }

        await audit.WriteAsync(gameId, adminId, "driver_unfound", new { driver = driverId }, ct);
        await messenger.ToAsync(driverId, TextRef.Of("games.unfound.driver", new { title = game.Title }), null, ct);
        return ControlResult.Done;
    }

    private async Task TellAboutFindAsync(Game game, IReadOnlyList<GamePlayer> players, long driverId, long? seekerId, int found, int total, CancellationToken ct)
    {
        var names = await messenger.NamesAsync([driverId, .. seekerId is { } s ? new[] { s } : []], ct);
        var driver = names[driverId];
        if (seekerId is { } seeker)
        {
            await messenger.ToAsync(driverId, TextRef.Of("games.found.driver", new { title = game.Title, seeker = names[seeker] }), null, ct);
            await messenger.ToAsync(seeker, TextRef.Of("games.found.seeker", new { driver }), null, ct);
        }
        else
        {
            await messenger.ToAsync(driverId, TextRef.Of("games.found.driver-by-admin", new { title = game.Title }), null, ct);
        }

        await messenger.ToAdminsAsync(TextRef.Of("games.found.admins", new { title = game.Title, driver, seeker = seekerId is { } id ? names[id] : "—", found, total }), null, ct);
        if (found < total && (await settings.CurrentAsync(ct)).NotifyOnParticipantAction)
        {
            var others = players.Select(p => p.UserId).Where(id => id != driverId && id != seekerId).ToList();
            await messenger.ToManyAsync(others, TextRef.Of("games.found.others", new { title = game.Title, driver, found, total, left = total - found }), ct);
        }
    }
}
