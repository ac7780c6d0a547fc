using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>Marking a driver found by hand (a find seen in person), or taking a wrong mark back.</summary>
[BotCallback("found", Audience.Admin)]
internal sealed class MarkFoundCallback(IGameControl control, ParticipantsScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var game, var user, var flag and ("1" or "0")] || !long.TryParse(game, out var gameId) || !long.TryParse(user, out var userId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        var result = await control.SetFoundAsync(gameId, ctx.UserId, userId, flag == "1", ct);
        ctx.Toast(result.Succeeded ? "admin.done" : $"admin.refusal.{result.Refusal.ToString().ToLowerInvariant()}", alert: !result.Succeeded);
        await screen.ShowPersonAsync(ctx, gameId, userId, ct);
    }
}
