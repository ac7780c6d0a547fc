using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Contracts.Registration;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.Texts;
using Pryton.Modules.Photos.Bot.Keyboards;
using Pryton.Modules.Photos.Jobs;

namespace Pryton.Modules.Photos.Application;

/// <summary>
/// The one found flow (GAME-RULES §8 rewrite): a seeker's claim names one driver and carries a photo; it is
/// confirmed by that driver's "yes, it's me" (unless the settings require an admin) or by an admin's approval,
/// whichever comes first, once. Only the claimed driver is asked; a "no" leaves it to the admins; a rejection tells
/// the seeker why, and they may try again.
/// </summary>
internal sealed class FoundClaims(
    PhotoStore store, PlayerInGame position, IPositions positions, IGameProgress progress, IGameSettings settings, IPlayerDirectory players,
    IAdminDirectory admins, IOutbound outbound, IJobScheduler jobs, IGameQueries games, TimeProvider clock)
{
    public async Task<ClaimOutcome> SubmitAsync(long seekerId, long driverId, string fileId, string? uniqueId, CancellationToken ct)
    {
        if (await position.CurrentAsync(seekerId, ct) is not { Game.Stage: GameStage.Searching } here)
        {
            return ClaimOutcome.NotSearching;
        }

        if (here.Role != GameRole.Seeker)
        {
            return ClaimOutcome.NotASeeker;
        }

        if (!(await position.HiddenDriversAsync(here.Game.Id, ct)).Contains(driverId))
        {
            return ClaimOutcome.DriverNotHidden;
        }

        var verdict = (await positions.CheckFindAsync(here.Game.Id, seekerId, driverId, ct)).Verdict.ToString().ToLowerInvariant();
        if (await store.AddClaimAsync(here.Game.Id, seekerId, driverId, fileId, uniqueId, verdict, ct) is not { } claimId)
        {
            return ClaimOutcome.AlreadyPending;
        }

        var names = await players.NamesAsync([seekerId, driverId], ct);
        var current = await settings.CurrentAsync(ct);
        await jobs.ScheduleAsync(ClaimTimeoutData.Key(claimId), ClaimTimeoutData.Scope(here.Game.Id),
            clock.GetUtcNow().AddMinutes(current.ClaimTimeoutMinutes), new ClaimTimeoutData(claimId, 1), ct);
        if (!current.RequireAdminApproval)
        {
            await outbound.SendAsync(driverId, OutboundMessage.Of(TextRef.Of("photos.claim.ask-driver", new { seeker = names[seekerId] }),
                PhotoKeyboards.DriverAnswer(claimId)), ct: ct);
        }

        await AnnounceAsync(new Claim(claimId, here.Game.Id, seekerId, driverId, fileId, "pending", verdict, null, null, clock.GetUtcNow()), here.Game.Title, ct);
        return ClaimOutcome.Submitted;
    }

    /// <summary>The claimed driver answers. Yes confirms at once; no leaves the decision to the admins.</summary>
    /// <returns>The answer's acknowledgement, or null when the button is not this player's to press.</returns>
    public async Task<TextRef?> DriverAnswersAsync(long claimId, long driverId, bool yes, CancellationToken ct)
    {
        if (await store.ClaimAsync(claimId, ct) is not { } claim || claim.DriverId != driverId)
        {
            return null;
        }

        if (!claim.Pending || !await store.RecordDriverAnswerAsync(claimId, yes, ct))
        {
            return "photos.claim.already-decided";
        }

        if (yes)
        {
            await store.DecideAsync(claimId, approve: true, driverId, null, ct);
            await jobs.CancelAsync(ClaimTimeoutData.Key(claimId), ct);
            await CountFindAsync(claim, confirmedBy: null, ct);
            return "photos.claim.driver-confirmed";
        }

        var names = await players.NamesAsync([claim.SeekerId, driverId], ct);
        await outbound.SendAsync(claim.SeekerId, OutboundMessage.Of(TextRef.Of("photos.claim.driver-denied", new { driver = names[driverId] })), ct: ct);
        await ToAdminsAsync(TextRef.Of("photos.claim.driver-denied-admins", new { driver = names[driverId], seeker = names[claim.SeekerId], id = claimId }), null, ct);
        return "photos.claim.driver-denied-ack";
    }

    /// <summary>An admin decides. Returns who decided when somebody was first.</summary>
    public async Task<(bool Decided, long? DecidedBy)> AdminDecidesAsync(long claimId, long adminId, bool approve, string? reason, CancellationToken ct)
    {
        if (await store.ClaimAsync(claimId, ct) is not { } claim)
        {
            return (false, null);
        }

        if (!await store.DecideAsync(claimId, approve, adminId, reason, ct))
        {
            return (false, (await store.ClaimAsync(claimId, ct))!.DecidedBy);
        }

        await jobs.CancelAsync(ClaimTimeoutData.Key(claimId), ct);
        if (approve)
        {
            if (!await CountFindAsync(claim, adminId, ct))
            {
                await outbound.SendAsync(claim.SeekerId, OutboundMessage.Of("photos.claim.too-late"), ct: ct);
            }
        }
        else
        {
            await outbound.SendAsync(claim.SeekerId, OutboundMessage.Of(TextRef.Of("photos.claim.rejected", new { reason = ReasonText(reason) })), ct: ct);
        }

        return (true, adminId);
    }

    /// <summary>
    /// Nobody decided in time and the location check confirmed the find: the bot approves it, and says so to the
    /// seeker and the admins.
    /// </summary>
    public async Task AutoApproveAsync(Claim claim, CancellationToken ct)
    {
        if (!await store.DecideAsync(claim.Id, approve: true, decidedBy: null, null, ct))
        {
            return;
        }

        var counted = await CountFindAsync(claim, confirmedBy: null, ct);
        var names = await players.NamesAsync([claim.SeekerId, claim.DriverId], ct);
        await outbound.SendAsync(claim.SeekerId, OutboundMessage.Of(counted ? "photos.claim.auto-approved" : "photos.claim.too-late"), ct: ct);
        await ToAdminsAsync(TextRef.Of("photos.admin.auto-approved", new { id = claim.Id, seeker = names[claim.SeekerId], driver = names[claim.DriverId] }), null, ct);
    }

    /// <summary>Admins get the claim photo beside the driver's own hiding photo, the verdict and the decision buttons.</summary>
    /// <param name="to">Who gets it: every admin when null, or the one admin who asked (/moderation).</param>
    /// <param name="waited">Set when the claim is announced again because nobody decided: how long it has waited.</param>
    public async Task AnnounceAsync(Claim claim, string title, CancellationToken ct, IReadOnlyCollection<long>? to = null, TimeSpan? waited = null)
    {
        to ??= await admins.AdminIdsAsync(ct);
        var names = await players.NamesAsync([claim.SeekerId, claim.DriverId], ct);
        if (await store.HidingPhotoAsync(claim.GameId, claim.DriverId, ct) is { } hiding)
        {
            await outbound.SendToManyAsync(to, OutboundMessage.Photo(hiding, TextRef.Of("photos.admin.hiding-of", new { driver = names[claim.DriverId] })), ct: ct);
        }

        await outbound.SendToManyAsync(to, OutboundMessage.Photo(claim.FileId, TextRef.Of(waited is null ? "photos.admin.claim" : "photos.admin.claim-waiting", new
        {
            minutes = (int)Math.Round((waited ?? TimeSpan.Zero).TotalMinutes),
            title,
            seeker = names[claim.SeekerId],
            driver = names[claim.DriverId],
            verdict = TextRef.Of($"photos.verdict.{claim.Verdict}"),
            id = claim.Id,
        }), PhotoKeyboards.Decide(claim.Id)), ct: ct);
    }

    public static TextRef ReasonText(string? reason) => reason switch
    {
        "plate" or "wrong" or "zone" => TextRef.Of($"photos.reason.{reason}"),
        null or "" => TextRef.Of("photos.reason.none"),
        _ => TextRef.Plain(reason),
    };

    /// <summary>
    /// A confirmed find counts in the game: while it runs, or — claimed during the search — after it ended; then the
    /// album has already gone out, so its players get this find's photo to add to it.
    /// </summary>
    private async Task<bool> CountFindAsync(Claim claim, long? confirmedBy, CancellationToken ct)
    {
        if (await progress.DriverFoundAsync(claim.GameId, claim.DriverId, claim.SeekerId, confirmedBy, ct))
        {
            return true;
        }

        if (!await progress.LateFindAsync(claim.GameId, claim.DriverId, claim.SeekerId, claim.CreatedAt, confirmedBy, ct))
        {
            return false;
        }

        var names = await players.NamesAsync([claim.SeekerId, claim.DriverId], ct);
        var everyone = (await games.ParticipantsAsync(claim.GameId, ct)).Select(p => p.UserId).ToList();
        await outbound.SendToManyAsync(everyone, OutboundMessage.Photo(claim.FileId,
            TextRef.Of("photos.album.late", new { seeker = names[claim.SeekerId], driver = names[claim.DriverId] })), ct: ct);
        return true;
    }

    private async Task ToAdminsAsync(TextRef text, Keyboard? keyboard, CancellationToken ct)
    {
        var ids = await admins.AdminIdsAsync(ct);
        await outbound.SendToManyAsync(ids, OutboundMessage.Of(text, keyboard), ct: ct);
    }
}
