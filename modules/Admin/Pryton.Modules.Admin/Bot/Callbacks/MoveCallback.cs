using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>A player between the seats and the waitlist, before the start; the Games module keeps the line in order.</summary>
[BotCallback("move", Audience.Admin)]
internal sealed class MoveCallback(IGameControl control, ParticipantsScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (!ctx.ArgIds(out var gameId, out var userId))
        {
            return;
        }

        if (ctx.CallbackArgs is not [_, _, var where and ("seat" or "wait")])
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        var result = await control.MoveAsync(gameId, ctx.UserId, userId, toWaitlist: where == "wait", ct);
        ctx.Toast(AdminKeyboards.ResultKey(result), alert: !result.Succeeded);
        await screen.ShowAsync(ctx, gameId, ct);
    }
}
