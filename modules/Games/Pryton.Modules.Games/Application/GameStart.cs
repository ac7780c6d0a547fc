using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Events;
using Pryton.Modules.Games.Bot.Keyboards;
using Pryton.Modules.Games.Domain;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// The start of a game (GAME-RULES §3 rewrite, rules 2–3): at the scheduled time with enough players, or early by an
/// admin; roles are completed by the Roles module (manual ones kept), the hiding phase begins, and every player
/// hears what to do. Too few players at the scheduled time cancels the game; manual control asks the admins instead.
/// </summary>
internal sealed class GameStart(
    GameStore store, IGameSettings settings, IRoleAssignment roles, GameTimers timers, AuditLog audit, IEventBus bus,
    PhaseNotices notices, GameMessenger messenger, GameEnding ending, TimeProvider clock)
{
    private static readonly GameStatus[] NotStarted = [GameStatus.Recruiting, GameStatus.Full];

    /// <summary>The start timer fired.</summary>
    public async Task OnScheduleAsync(long gameId, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { } game || !NotStarted.Contains(game.Status) || game.StartsAt > clock.GetUtcNow() + PhaseFlow.TimerSlack)
        {
            return; // gone, already started or cancelled, or moved later (its new timer will come)
        }

        var current = await settings.CurrentAsync(ct);
        var seated = await store.SeatedAsync(gameId, ct);
        if (game.ManualControl || current.ManualControlMode || !current.AutoStartGame)
        {
            await audit.WriteAsync(gameId, null, "start_due", new { seated = seated.Count }, ct);
            await messenger.ToAdminsAsync(TextRef.Of("games.start.due-manual", new { title = game.Title, count = seated.Count }),
                GameKeyboards.DueGame(gameId), ct);
            return;
        }

        if (seated.Count < game.MinParticipants)
        {
            await ending.CancelAsync(game, null, TextRef.Of("games.cancel.too-few", new { count = seated.Count, min = game.MinParticipants }), "not_enough_players", ct);
            return;
        }

        await StartAsync(game, seated, null, current, ct);
    }

    /// <summary>
    /// Roles drawn ahead of the start (<c>role_draw_minutes_before</c>): each player learns their role early; the
    /// start keeps them and only fills in players who joined since.
    /// </summary>
    public async Task DrawRolesEarlyAsync(long gameId, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { } game || !NotStarted.Contains(game.Status) || !(await settings.CurrentAsync(ct)).AutoAssignRoles)
        {
            return;
        }

        var seated = (await store.SeatedAsync(gameId, ct)).Select(p => p.UserId).ToList();
        var draw = await roles.AssignAsync(gameId, seated, game.MaxDrivers, announce: true, ct);
        if (!draw.Succeeded)
        {
            await messenger.ToAdminsAsync(TextRef.Of("games.roles-early.failed", new { title = game.Title, reason = TextRef.Of(FailureKey(draw.Failure!.Value)) }),
                GameKeyboards.DueGame(gameId), ct);
        }
    }

    /// <summary>An admin starts the game now: at or after its time, or early when the settings allow it.</summary>
    public async Task<ControlResult> StartNowAsync(long gameId, long adminId, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { } game)
        {
            return ControlRefusal.NoSuchGame;
        }

        if (!NotStarted.Contains(game.Status))
        {
            return ControlRefusal.WrongStage;
        }

        var current = await settings.CurrentAsync(ct);
        if (game.StartsAt > clock.GetUtcNow() && !current.AllowEarlyStart)
        {
            return ControlRefusal.EarlyStartNotAllowed;
        }

        return await StartAsync(game, await store.SeatedAsync(gameId, ct), adminId, current, ct);
    }

    private async Task<ControlResult> StartAsync(Game game, IReadOnlyList<GamePlayer> seated, long? adminId, GameSettings current, CancellationToken ct)
    {
        var ids = seated.Select(p => p.UserId).ToList();
        var draw = current.AutoAssignRoles ? await roles.AssignAsync(game.Id, ids, game.MaxDrivers, announce: false, ct) : await ExistingRolesAsync(game.Id, ids, ct);
        if (!draw.Succeeded)
        {
            await audit.WriteAsync(game.Id, adminId, "start_refused", new { reason = draw.Failure.ToString() }, ct);
            await messenger.ToAdminsAsync(TextRef.Of("games.start.no-roles", new { title = game.Title, reason = TextRef.Of(FailureKey(draw.Failure!.Value)) }),
                GameKeyboards.DueGame(game.Id), ct);
            return draw.Failure == RoleDrawFailure.TooFewPlayers ? ControlRefusal.TooFewPlayers : ControlRefusal.NoEligibleDriver;
        }

        var now = clock.GetUtcNow();
        var endsAt = now.AddMinutes(game.HidingMinutes);
        if (!await store.MoveAsync(game.Id, NotStarted, GameStatus.HidingPhase, "started_at = @now, phase_ends_at = @ends, paused_at = NULL", ct,
                ("now", now), ("ends", endsAt)))
        {
            return ControlRefusal.WrongStage;
        }

        await store.RecordStartingRolesAsync(game.Id, draw.Drivers, ct);
        var leftBehind = await store.CloseWaitlistAsync(game.Id, ct);
        await timers.DropStartAsync(game.Id, ct);
        await timers.PlanPhaseAsync(game.Id, GameStatus.HidingPhase, endsAt, ct);
        await audit.WriteAsync(game.Id, adminId, "game_started", new { drivers = draw.Drivers, seekers = draw.Seekers, seed = draw.Seed }, ct);
        await bus.PublishAsync(new GameStarted(game.Id, now, adminId), ct);
        await bus.PublishAsync(new HidingPhaseStarted(game.Id, endsAt, draw.Drivers, draw.Seekers), ct);

        game.Status = GameStatus.HidingPhase;
        game.StartedAt = now;
        game.PhaseEndsAt = endsAt;
        await notices.HidingStartedAsync(game, draw, adminId, current, ct);
        await messenger.ToManyAsync(leftBehind, TextRef.Of("games.start.left-behind", new { title = game.Title }), ct);
        return ControlResult.Done;
    }

    /// <summary>Automatic assignment is off: the game starts only when admins gave everybody a role.</summary>
    private async Task<RoleDraw> ExistingRolesAsync(long gameId, List<long> seated, CancellationToken ct)
    {
        var assigned = await roles.RolesAsync(gameId, ct);
        var mine = seated.Where(assigned.ContainsKey).ToDictionary(id => id, id => assigned[id]);
        var complete = mine.Count == seated.Count && mine.ContainsValue(GameRole.Driver) && mine.ContainsValue(GameRole.Seeker);
        return new RoleDraw(mine, 0, complete ? null : RoleDrawFailure.NoEligibleDriver);
    }

    private static string FailureKey(RoleDrawFailure failure) => failure switch
    {
        RoleDrawFailure.TooFewPlayers => "games.no-roles.too-few",
        RoleDrawFailure.NoSeeker => "games.no-roles.no-seeker",
        _ => "games.no-roles.no-driver",
    };
}
