using Pryton.Kernel.Bot;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games.Bot.Callbacks;

/// <summary>The answer to "a seat is yours": take it in time, or pass it on.</summary>
[BotCallback("seat", Audience.Player)]
internal sealed class SeatOfferCallback(SignUp signUp) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw, var answer and ("yes" or "no")] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        var result = await signUp.AnswerOfferAsync(gameId, ctx.UserId, answer == "yes", ct);
        var key = result.Outcome switch
        {
            SeatOutcome.Seated => "games.offer.taken",
            SeatOutcome.Left => "games.offer.passed",
            _ => "games.offer.too-late",
        };
        ctx.EditOrReply(key);
        ctx.Toast(key);
    }
}
