using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Modules.Photos.Application;
using Pryton.Modules.Photos.Bot.Flows;

namespace Pryton.Modules.Photos.Bot.Callbacks;

/// <summary>The reason of a rejection: a quick one decides at once; "other" asks the admin to type it.</summary>
[BotCallback("reason", Audience.Admin)]
internal sealed class RejectReasonCallback(FoundClaims claims, PhotoStore store, IPlayerDirectory players) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw, var code and ("plate" or "wrong" or "zone" or "other")] || !long.TryParse(raw, out var claimId)
            || await store.ClaimAsync(claimId, ct) is not { } claim)
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        if (!claim.Pending)
        {
            await DecideClaimCallback.DecidedAlreadyAsync(ctx, claim.DecidedBy, players, ct);
            return;
        }

        if (code == "other")
        {
            ctx.StartFlow<RejectReasonFlow>(new RejectDraft(claimId));
            return;
        }

        var (decided, by) = await claims.AdminDecidesAsync(claimId, ctx.UserId, approve: false, code, ct);
        if (!decided)
        {
            await DecideClaimCallback.DecidedAlreadyAsync(ctx, by, players, ct);
            return;
        }

        ctx.EditOrReply("photos.admin.rejected");
    }
}
