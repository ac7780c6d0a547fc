using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>Opens (or refreshes) a game's control screen.</summary>
[BotCallback("game", Audience.Admin)]
internal sealed class GameCallback(GameControlScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        await screen.ShowAsync(ctx, gameId, ct);
    }
}
