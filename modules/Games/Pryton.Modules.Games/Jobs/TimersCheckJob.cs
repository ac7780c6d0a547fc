using Microsoft.Extensions.Logging;
using Pryton.Contracts.Games;
using Pryton.Kernel.Database;
using Pryton.Kernel.Scheduling;
using Pryton.Modules.Games.Application;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Jobs;

internal sealed record TimersCheckData;

/// <summary>
/// Every minute: each game still to start or running has the timer it depends on. A game's change is committed
/// before its timer is written (the scheduler has its own transaction), so a crash between the two would leave the
/// game waiting forever; this puts such a timer back. Only timers that can be told apart from a decision are
/// restored: a start still ahead, and the end of a phase that is not paused (its job checks the deadline itself).
/// </summary>
internal sealed class TimersCheckJob(DbSession session, IJobScheduler jobs, GameTimers timers, IGameSettings settings, TimeProvider clock, ILogger<TimersCheckJob> logger)
    : IPrytonJob<TimersCheckData>
{
    public async Task RunAsync(TimersCheckData data, CancellationToken ct)
    {
        var planned = await jobs.PlannedKeysAsync(GameTimers.ScopePrefix, ct);
        var now = clock.GetUtcNow();
        var restored = new List<long>();
        await using var command = session.Command("""
            SELECT id, status, starts_at, phase_ends_at FROM games.games
            WHERE status IN ('recruiting', 'full') AND starts_at > @now OR status IN ('hiding_phase', 'searching_phase') AND paused_at IS NULL
            """);
        command.Parameters.AddWithValue("now", now);
        var games = new List<(long Id, string Status, DateTimeOffset StartsAt, DateTimeOffset? EndsAt)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                games.Add((reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
            }
        }

        int? roleDrawMinutesBefore = null;
        foreach (var (id, status, startsAt, endsAt) in games)
        {
            if (status is "recruiting" or "full" && !planned.Contains(GameTimers.StartKey(id)))
            {
                roleDrawMinutesBefore ??= (await settings.CurrentAsync(ct)).RoleDrawMinutesBefore;
                await timers.PlanStartAsync(id, startsAt, roleDrawMinutesBefore.Value, ct);
                restored.Add(id);
            }
            else if (endsAt is { } deadline && status is "hiding_phase" or "searching_phase")
            {
                var phase = status == "hiding_phase" ? GameStatus.HidingPhase : GameStatus.SearchingPhase;
                if (!planned.Contains(GameTimers.PhaseEndKey(id, phase)))
                {
                    await timers.RestorePhaseEndAsync(id, phase, deadline, ct);
                    restored.Add(id);
                }
            }
        }

        if (restored.Count > 0)
        {
            logger.LogWarning("Restored the missing timers of games {GameIds}", restored);
        }
    }
}
