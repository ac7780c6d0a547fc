using Pryton.Contracts.Games;
using Pryton.Kernel.Scheduling;
using Pryton.Modules.Photos.Application;

namespace Pryton.Modules.Photos.Jobs;

/// <summary>
/// A claim nobody decided in <c>ClaimTimeoutMinutes</c> is never left hanging: a location-confirmed one is approved by
/// itself when the game's settings allow it; otherwise admins get it again, up to three times.
/// </summary>
internal sealed class ClaimTimeoutJob(PhotoStore store, FoundClaims claims, IGameSettings settings, IGameQueries games, IJobScheduler jobs, TimeProvider clock)
    : IPrytonJob<ClaimTimeoutData>
{
    public async Task RunAsync(ClaimTimeoutData data, CancellationToken ct)
    {
        if (await store.ClaimAsync(data.ClaimId, ct) is not { Pending: true } claim)
        {
            return;
        }

        var current = await settings.CurrentAsync(ct);
        if (current.AutoApproveConfirmedClaims && claim.Verdict == "confirmed")
        {
            await claims.AutoApproveAsync(claim, ct);
            return;
        }

        var title = (await games.FindAsync(claim.GameId, ct))?.Title ?? "#" + claim.GameId;
        var now = clock.GetUtcNow();
        await claims.AnnounceAsync(claim, title, ct, waited: now - claim.CreatedAt);
        if (data.Round < ClaimTimeoutData.MaxRounds)
        {
            await jobs.ScheduleAsync(ClaimTimeoutData.Key(claim.Id), ClaimTimeoutData.Scope(claim.GameId), now.AddMinutes(current.ClaimTimeoutMinutes),
                data with { Round = data.Round + 1 }, ct);
        }
    }
}
