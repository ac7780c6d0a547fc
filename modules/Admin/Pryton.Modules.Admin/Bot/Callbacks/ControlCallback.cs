using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>
/// A manual control action on a game. The button is only a request: the Games module re-reads the game under lock
/// and refuses what its state does not allow; the screen is redrawn as the game now stands.
/// </summary>
[BotCallback("do", Audience.Admin)]
internal sealed class ControlCallback(IGameControl control, GameControlScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw, var action] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        if (action is "cancel" or "when" or "seats" or "title" or "desc")
        {
            // Cancelling asks why; moving and resizing ask for the new value. The Games module decides in the end.
            ctx.StartFlow<Flows.GameEditFlow>(new Flows.GameEditDraft(gameId, action), Flows.GameEditFlow.StepFor(action));
            return;
        }

        var admin = ctx.UserId;
        var result = action switch
        {
            "start" => await control.StartNowAsync(gameId, admin, ct),
            "search" => await control.StartSearchNowAsync(gameId, admin, ct),
            "end" => await control.EndNowAsync(gameId, admin, ct),
            "pause" => await control.PauseAsync(gameId, admin, ct),
            "resume" => await control.ResumeAsync(gameId, admin, ct),
            "plus10" => await control.ExtendAsync(gameId, admin, 10, ct),
            "minus5" => await control.ExtendAsync(gameId, admin, -5, ct),
            _ => null,
        };
        if (result is null)
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        ctx.Toast(AdminKeyboards.ResultKey(result), alert: !result.Succeeded);
        await screen.ShowAsync(ctx, gameId, ct);
    }
}
