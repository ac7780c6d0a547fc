using Pryton.Kernel.Bot;

namespace Pryton.Modules.Games.Bot.Callbacks;

[BotCallback("open", Audience.Player)]
internal sealed class OpenGameCallback(GameCardView card) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is [var raw] && long.TryParse(raw, out var gameId))
        {
            await card.ShowAsync(ctx, gameId, ct);
        }
        else
        {
            ctx.Toast("kernel.callback.stale");
        }
    }
}
