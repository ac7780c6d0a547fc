using Pryton.Kernel.Bot;
using Pryton.Modules.Games.Application;
using Pryton.Modules.Games.Bot.Keyboards;

namespace Pryton.Modules.Games.Bot.Callbacks;

/// <summary>"Give up" in a running game: asked once more, then the player leaves the game for good.</summary>
[BotCallback("forfeit", Audience.Player)]
internal sealed class ForfeitGameCallback(Forfeits forfeits, GameCardView card) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw, var step and ("ask" or "yes")] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        if (step == "ask")
        {
            ctx.EditOrReply("games.forfeit.confirm", GameKeyboards.ConfirmForfeit(gameId));
            return;
        }

        if (!await forfeits.ForfeitAsync(gameId, ctx.UserId, ct))
        {
            ctx.Toast("games.forfeit.not-playing", alert: true);
            await card.ShowAsync(ctx, gameId, ct);
            return;
        }

        ctx.EditOrReply("games.forfeit.done");
    }
}
