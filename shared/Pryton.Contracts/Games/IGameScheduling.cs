namespace Pryton.Contracts.Games;

/// <summary>Scheduling new games (the Admin module's wizard, the sandbox's demo game), implemented by the Games module.</summary>
public interface IGameScheduling
{
    /// <returns>The new game's id, or what is wrong with the plan (nothing is written then).</returns>
    Task<(long? GameId, PlanProblem? Problem)> ScheduleAsync(GamePlan plan, long adminId, CancellationToken ct);
}
