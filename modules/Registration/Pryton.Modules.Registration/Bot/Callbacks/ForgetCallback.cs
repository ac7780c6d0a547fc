using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Modules.Registration.Application;
using Pryton.Modules.Registration.Bot.Keyboards;

namespace Pryton.Modules.Registration.Bot.Callbacks;

/// <summary>The forget-me buttons: ask (from the profile), yes, no. "Yes" re-checks everything before deleting.</summary>
[BotCallback("forget", Audience.Player)]
internal sealed class ForgetCallback(PlayerRegistry players, IActiveGameCheck? games = null) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        switch (ctx.CallbackArgs)
        {
            case ["ask"]:
                ctx.Reply("registration.forget.confirm", RegistrationKeyboards.ForgetConfirm);
                break;
            case ["no"]:
                ctx.EditOrReply("registration.forget.kept");
                break;
            case ["yes"] when games is not null && await games.IsSeatedInRunningGameAsync(ctx.UserId, ct):
                ctx.Toast("registration.forget.in-game", alert: true);
                break;
            case ["yes"] when await players.FindAsync(ctx.UserId, ct) is { } player:
                await players.ForgetAsync(player, ct);
                ctx.EditOrReply("registration.forget.done");
                ctx.Reply("registration.forget.goodbye", Keyboard.Remove);
                break;
            default:
                ctx.Toast("kernel.callback.stale");
                break;
        }
    }
}
