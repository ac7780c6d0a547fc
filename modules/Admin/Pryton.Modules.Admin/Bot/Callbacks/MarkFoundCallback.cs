using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>Marking a driver found by hand (a find seen in person), or taking a wrong mark back.</summary>
[BotCallback("found", Audience.Admin)]
internal sealed class MarkFoundCallback(IGameControl control, ParticipantsScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (!ctx.ArgIds(out var gameId, out var userId))
        {
            return;
        }

        if (ctx.CallbackArgs is not [_, _, var flag and ("1" or "0")])
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        var result = await control.SetFoundAsync(gameId, ctx.UserId, userId, flag == "1", ct);
        ctx.Toast(AdminKeyboards.ResultKey(result), alert: !result.Succeeded);
        await screen.ShowPersonAsync(ctx, gameId, userId, ct);
    }
}
