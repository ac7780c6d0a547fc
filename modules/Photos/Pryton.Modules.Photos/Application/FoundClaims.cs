using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Contracts.Registration;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Photos.Bot.Keyboards;

namespace Pryton.Modules.Photos.Application;

/// <summary>
/// The one found flow (GAME-RULES §8 rewrite): a seeker's claim names one driver and carries a photo; it is
/// confirmed by that driver's "yes, it's me" (unless the settings require an admin) or by an admin's approval,
/// whichever comes first, once. Only the claimed driver is asked; a "no" leaves it to the admins; a rejection tells
/// the seeker why, and they may try again.
/// </summary>
internal sealed class FoundClaims(
    PhotoStore store, PlayerInGame position, IPositions positions, IGameProgress progress, IGameSettings settings, IPlayerDirectory players,
    IAdminDirectory admins, IOutbound outbound)
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

        var names = await NamesAsync([seekerId, driverId], ct);
        var adminOnly = (await settings.CurrentAsync(ct)).RequireAdminApproval;
        if (!adminOnly)
        {
            await outbound.SendAsync(driverId, OutboundMessage.Of(TextRef.Of("photos.claim.ask-driver", new { seeker = names[seekerId] }),
                PhotoKeyboards.DriverAnswer(claimId)), ct: ct);
        }

        await AnnounceAsync(new Claim(claimId, here.Game.Id, seekerId, driverId, fileId, "pending", verdict, null, null, default), here.Game.Title, ct);
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
            await progress.DriverFoundAsync(claim.GameId, driverId, claim.SeekerId, null, ct);
            return "photos.claim.driver-confirmed";
        }

        var names = await NamesAsync([claim.SeekerId, driverId], ct);
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

        if (approve)
        {
            if (!await progress.DriverFoundAsync(claim.GameId, claim.DriverId, claim.SeekerId, adminId, ct))
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

    /// <summary>Admins get the claim photo beside the driver's own hiding photo, the verdict and the decision buttons.</summary>
    /// <param name="to">Who gets it: every admin when null, or the one admin who asked (/moderation).</param>
    public async Task AnnounceAsync(Claim claim, string title, CancellationToken ct, IReadOnlyCollection<long>? to = null)
    {
        to ??= await admins.AdminIdsAsync(ct);
        var names = await NamesAsync([claim.SeekerId, claim.DriverId], ct);
        if (await store.HidingPhotoAsync(claim.GameId, claim.DriverId, ct) is { } hiding)
        {
            await outbound.SendToManyAsync(to, OutboundMessage.Photo(hiding, TextRef.Of("photos.admin.hiding-of", new { driver = names[claim.DriverId] })), ct: ct);
        }

        await outbound.SendToManyAsync(to, OutboundMessage.Photo(claim.FileId, TextRef.Of("photos.admin.claim", new
        {
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

    private async Task<Dictionary<long, string>> NamesAsync(long[] ids, CancellationToken ct)
    {
        var found = (await players.FindManyAsync(ids, ct)).ToDictionary(p => p.UserId, p => p.DisplayName);
        return ids.Distinct().ToDictionary(id => id, id => found.GetValueOrDefault(id) ?? "#" + id);
    }

    private async Task ToAdminsAsync(TextRef text, Keyboard? keyboard, CancellationToken ct)
    {
        var ids = await admins.AdminIdsAsync(ct);
        await outbound.SendToManyAsync(ids, OutboundMessage.Of(text, keyboard), ct: ct);
    }
}
