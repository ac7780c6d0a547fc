using Pryton.Kernel.Bot;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games.Bot.Callbacks;

/// <summary>"Follow" / "Stop following": news and results of a game without a seat (never anyone's location).</summary>
[BotCallback("follow", Audience.Player)]
internal sealed class FollowGameCallback(Followers followers, GameCardView card) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw, var mode and ("on" or "off")] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        var changed = await followers.SetAsync(gameId, ctx.UserId, mode == "on", ct);
        ctx.Toast(changed switch
        {
            null => "games.card.gone",
            true => mode == "on" ? "games.follow.on" : "games.follow.off",
            false => mode == "on" ? "games.follow.already" : "games.follow.not",
        });
        await card.ShowAsync(ctx, gameId, ct);
    }
}
