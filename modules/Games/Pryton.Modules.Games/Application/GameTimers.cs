using Pryton.Kernel.Modules;
using Pryton.Kernel.Scheduling;
using Pryton.Modules.Games.Domain;
using Pryton.Modules.Games.Jobs;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// A game's timers, under deterministic keys so that planning again replaces instead of duplicating:
/// <c>games.start.&lt;id&gt;</c>, <c>games.hiding-warning.&lt;id&gt;</c>, <c>games.phase-end.&lt;id&gt;.hiding|searching</c>.
/// All share the scope <c>games.game.&lt;id&gt;</c>, so a cancelled or finished game drops them at once.
/// </summary>
internal sealed class GameTimers(IJobScheduler jobs, GameDefaults defaults, TimeProvider clock)
{
    public const string ScopePrefix = "games.game.";

    public static string Scope(long gameId) => ScopePrefix + gameId;

    public Task PlanStartAsync(long gameId, DateTimeOffset startsAt, CancellationToken ct) =>
        jobs.ScheduleAsync(StartKey(gameId), Scope(gameId), startsAt, new StartGameData(gameId), ct);

    /// <summary>Plans the start, and the role draw ahead of it when the settings ask for one.</summary>
    public async Task PlanStartAsync(long gameId, DateTimeOffset startsAt, int roleDrawMinutesBefore, CancellationToken ct)
    {
        await PlanStartAsync(gameId, startsAt, ct);
        var menuAt = startsAt - Bot.GamesMenu.SoonWindow;
        if (menuAt > clock.GetUtcNow())
        {
            await jobs.ScheduleAsync($"games.menu-soon.{gameId}", Scope(gameId), menuAt, new MenuSoonData(gameId), ct);
        }

        var drawAt = startsAt.AddMinutes(-roleDrawMinutesBefore);
        if (roleDrawMinutesBefore > 0 && drawAt > clock.GetUtcNow())
        {
            await jobs.ScheduleAsync($"games.role-draw.{gameId}", Scope(gameId), drawAt, new DrawRolesData(gameId), ct);
        }
    }

    public async Task DropStartAsync(long gameId, CancellationToken ct)
    {
        await jobs.CancelAsync(StartKey(gameId), ct);
        await jobs.CancelAsync($"games.role-draw.{gameId}", ct);
    }

    /// <summary>Plans the end of the phase the game is in (and, while hiding, the warning before it).</summary>
    public async Task PlanPhaseAsync(long gameId, GameStatus phase, DateTimeOffset endsAt, CancellationToken ct)
    {
        await DropPhaseAsync(gameId, ct);
        var name = PhaseName(phase);
        await jobs.ScheduleAsync(PhaseEndKey(gameId, phase), Scope(gameId), endsAt, new EndPhaseData(gameId, name), ct);
        var warnAt = endsAt.AddMinutes(-defaults.HidingWarningMinutes);
        if (phase == GameStatus.HidingPhase && defaults.HidingWarningMinutes > 0 && warnAt > clock.GetUtcNow())
        {
            await jobs.ScheduleAsync($"games.hiding-warning.{gameId}", Scope(gameId), warnAt, new HidingWarningData(gameId, endsAt), ct);
        }
    }

    /// <summary>Puts back a phase's end timer alone, replacing nothing else (a lost timer found by the minute's check).</summary>
    public Task RestorePhaseEndAsync(long gameId, GameStatus phase, DateTimeOffset endsAt, CancellationToken ct)
    {
        var name = PhaseName(phase);
        return jobs.ScheduleAsync(PhaseEndKey(gameId, phase), Scope(gameId), endsAt, new EndPhaseData(gameId, name), ct);
    }

    /// <summary>Drops the phase timers (pause, a phase ended early); the next plan puts them back.</summary>
    public async Task DropPhaseAsync(long gameId, CancellationToken ct)
    {
        await jobs.CancelAsync(PhaseEndKey(gameId, GameStatus.HidingPhase), ct);
        await jobs.CancelAsync(PhaseEndKey(gameId, GameStatus.SearchingPhase), ct);
        await jobs.CancelAsync($"games.hiding-warning.{gameId}", ct);
    }

    public Task DropAllAsync(long gameId, CancellationToken ct) => jobs.CancelScopeAsync(Scope(gameId), ct);

    public static string StartKey(long gameId) => $"games.start.{gameId}";

    public static string PhaseEndKey(long gameId, GameStatus phase) => $"games.phase-end.{gameId}.{PhaseName(phase)}";

    public static string PhaseName(GameStatus phase) => phase == GameStatus.HidingPhase ? "hiding" : "searching";
}
