using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;

namespace Pryton.Modules.Games.Application;

/// <summary>A game plan checked once more here, where the game is made: a plan that slipped into the past or names a gone district is refused.</summary>
internal sealed class GameScheduling(GameCatalog catalog, IDistrictDirectory districts, TimeProvider clock) : IGameScheduling
{
    public async Task<(long? GameId, PlanProblem? Problem)> ScheduleAsync(GamePlan plan, long adminId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan = plan with { Title = plan.Title.Trim(), Description = string.IsNullOrWhiteSpace(plan.Description) ? null : plan.Description.Trim() };
        if (plan.Problem(clock.GetUtcNow()) is { } problem)
        {
            return (null, problem);
        }

        if (await districts.FindAsync(plan.DistrictId, ct) is null
            || (plan.ZoneId is { } zoneId && (await districts.FindZoneAsync(zoneId, ct))?.DistrictId != plan.DistrictId))
        {
            return (null, PlanProblem.UnknownDistrict);
        }

        var game = await catalog.CreateAsync(new NewGame(plan.Title, plan.DistrictId, plan.StartsAt, plan.MaxParticipants, plan.MaxDrivers, plan.MinParticipants,
            plan.HidingMinutes, plan.SearchingMinutes, Description: plan.Description, ZoneId: plan.ZoneId, ManualControl: plan.ManualControl,
            FoundBecomesSeeker: plan.FoundBecomesSeeker), adminId, ct);
        return (game.Id, null);
    }
}
