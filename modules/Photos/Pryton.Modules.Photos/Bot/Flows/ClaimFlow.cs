using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Texts;
using Pryton.Modules.Photos.Application;
using Pryton.Modules.Photos.Bot.Keyboards;

namespace Pryton.Modules.Photos.Bot.Flows;

/// <summary>
/// "I found a car": the seeker picks the driver from those still hidden and sends a photo with the plate (or sends
/// the photo first and then picks). The claim then waits for the driver's or an admin's confirmation.
/// </summary>
[BotFlow("claim", Audience = Audience.Player)]
internal sealed class ClaimFlow(PlayerInGame position, IPlayerDirectory players, FoundClaims claims) : ConversationFlow<ClaimDraft>
{
    public override string FirstStep => "driver";

    public override TimeSpan Lifetime => TimeSpan.FromHours(3);

    public override async Task AskAsync(string step, ClaimDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        if (step == "photo")
        {
            ctx.Reply("photos.claim.send-photo");
            return;
        }

        var hidden = await position.HiddenDriversAsync(draft.GameId, ct);
        var profiles = (await players.FindManyAsync(hidden, ct)).ToDictionary(p => p.UserId);
        var options = hidden.Select(id => (id, profiles.GetValueOrDefault(id)?.NameWithCar ?? "#" + id)).ToList();
        ctx.Reply("photos.claim.pick-driver", PhotoKeyboards.Drivers(options));
    }

    public override async Task<StepResult<ClaimDraft>> HandleAsync(string step, ClaimDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        if (step == "driver")
        {
            if (ctx.CallbackArgs is not ["d", var raw] || !long.TryParse(raw, out var driverId))
            {
                return StepResult<ClaimDraft>.Stay("photos.claim.use-buttons");
            }

            if (!(await position.HiddenDriversAsync(draft.GameId, ct)).Contains(driverId))
            {
                return StepResult<ClaimDraft>.Stay("photos.claim.driver-gone");
            }

            var picked = draft with { DriverId = driverId };
            return picked.FileId is null ? StepResult<ClaimDraft>.Next("photo", picked) : StepResult<ClaimDraft>.Done(picked);
        }

        return PhotoOf(ctx) is { } photo
            ? StepResult<ClaimDraft>.Done(draft with { FileId = photo.FileId, FileUniqueId = photo.UniqueId })
            : StepResult<ClaimDraft>.Stay("photos.claim.send-photo");
    }

    public override async Task CompleteAsync(ClaimDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var outcome = await claims.SubmitAsync(ctx.UserId, draft.DriverId!.Value, draft.FileId!, draft.FileUniqueId, ct);
        ctx.Reply(outcome switch
        {
            ClaimOutcome.Submitted => "photos.claim.sent",
            ClaimOutcome.AlreadyPending => "photos.claim.already-pending",
            ClaimOutcome.DriverNotHidden => "photos.claim.driver-gone",
            ClaimOutcome.NotASeeker => "photos.wrong.not-seeker",
            _ => TextRef.Of("photos.claim.not-searching"),
        });
    }

    /// <summary>A photo, or an image sent as a file.</summary>
    public static (string FileId, string? UniqueId)? PhotoOf(UpdateContext ctx) =>
        ctx.Photo is { } photo ? (photo.FileId, photo.FileUniqueId)
        : ctx.IsImageDocument ? (ctx.Document!.FileId, ctx.Document.FileUniqueId)
        : null;
}
