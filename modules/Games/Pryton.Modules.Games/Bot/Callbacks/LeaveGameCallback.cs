using Pryton.Kernel.Bot;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games.Bot.Callbacks;

/// <summary>"Leave": possible until the start; a freed seat goes to the first in line.</summary>
[BotCallback("leave", Audience.Player)]
internal sealed class LeaveGameCallback(SignUp signUp, GameCardView card) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        var result = await signUp.LeaveAsync(gameId, ctx.UserId, ct);
        ctx.Toast(result.Outcome switch
        {
            SeatOutcome.Left => "games.leave.done",
            SeatOutcome.NotInGame => "games.leave.not-in",
            SeatOutcome.NoSuchGame => "games.card.gone",
            _ => "games.leave.closed",
        }, alert: result.Outcome != SeatOutcome.Left);
        await card.ShowAsync(ctx, gameId, ct);
    }
}
