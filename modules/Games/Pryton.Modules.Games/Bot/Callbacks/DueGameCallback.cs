using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Games.Bot.Callbacks;

/// <summary>
/// The admins' answer to "the game is due" or "the game cannot start": start it now, or call it off. The game's
/// state is read again; a second admin tapping the same button is told it was already handled.
/// </summary>
[BotCallback("due", Audience.Admin)]
internal sealed class DueGameCallback(IGameControl control) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw, var action and ("start" or "cancel")] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        var result = action == "start"
            ? await control.StartNowAsync(gameId, ctx.UserId, ct)
            : await control.CancelAsync(gameId, ctx.UserId, ctx.T("games.due.cancel-reason"), ct);
        var key = result.Succeeded ? $"games.due.{action}ed" : RefusalKey(result.Refusal);
        ctx.EditOrReply(TextRef.Of(key));
        ctx.Toast(key, alert: !result.Succeeded);
    }

    private static string RefusalKey(ControlRefusal refusal) => refusal switch
    {
        ControlRefusal.NoSuchGame => "games.card.gone",
        ControlRefusal.TooFewPlayers => "games.no-roles.too-few",
        ControlRefusal.NoEligibleDriver => "games.no-roles.no-driver",
        _ => "games.due.already",
    };
}
