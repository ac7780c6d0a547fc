using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Photos.Application;
using Pryton.Modules.Photos.Bot.Keyboards;

namespace Pryton.Modules.Photos.Bot.Callbacks;

/// <summary>
/// An admin approves a claim, or starts rejecting it (the reason comes next). The decision is taken once in the
/// database; an admin who comes second is told who decided.
/// </summary>
[BotCallback("decide", Audience.Admin)]
internal sealed class DecideClaimCallback(FoundClaims claims, PhotoStore store, IPlayerDirectory players) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw, var action and ("ok" or "no")] || !long.TryParse(raw, out var claimId)
            || await store.ClaimAsync(claimId, ct) is not { } claim)
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        if (!claim.Pending)
        {
            await DecidedAlreadyAsync(ctx, claim.DecidedBy, players, ct);
            return;
        }

        if (action == "no")
        {
            ctx.Reply(MessageAbout(ctx, "photos.admin.pick-reason", claimId), PhotoKeyboards.Reasons(claimId));
            return;
        }

        var (decided, by) = await claims.AdminDecidesAsync(claimId, ctx.UserId, approve: true, null, ct);
        if (!decided)
        {
            await DecidedAlreadyAsync(ctx, by, players, ct);
            return;
        }

        ctx.Toast("photos.admin.approved");
        if (ctx.CallbackMessageId is { } message)
        {
            ctx.Reply(OutboundMessage.EditKeyboard(MessageTarget.Telegram(message), null));
        }
    }

    public static async Task DecidedAlreadyAsync(UpdateContext ctx, long? decidedBy, IPlayerDirectory players, CancellationToken ct)
    {
        TextRef name = decidedBy is { } id ? TextRef.Plain((await players.NamesAsync([id], ct))[id]) : TextRef.Of("photos.admin.auto");
        ctx.Toast(TextRef.Of("photos.admin.already", new { name }), alert: true);
    }

    private static TextRef MessageAbout(UpdateContext ctx, string key, long claimId) => TextRef.Of(key, new { id = claimId });
}
