using Pryton.Kernel.Bot;
using Pryton.Modules.Photos.Application;

namespace Pryton.Modules.Photos.Bot.Callbacks;

/// <summary>The claimed driver's "yes, it's me" or "no". Only that driver's answer counts; a second tap changes nothing.</summary>
[BotCallback("answer", Audience.Player)]
internal sealed class AnswerClaimCallback(FoundClaims claims) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw, var answer and ("yes" or "no")] || !long.TryParse(raw, out var claimId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        if (await claims.DriverAnswersAsync(claimId, ctx.UserId, answer == "yes", ct) is not { } reply)
        {
            ctx.Toast("kernel.callback.stale"); // somebody else's claim, or none at all: nothing to answer
            return;
        }

        ctx.EditOrReply(reply);
    }
}
