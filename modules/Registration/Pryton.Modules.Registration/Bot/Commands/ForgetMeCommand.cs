using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Modules.Registration.Bot.Keyboards;

namespace Pryton.Modules.Registration.Bot.Commands;

/// <summary><c>/forget_me</c>: asks for confirmation before deleting the player's personal data everywhere.</summary>
[BotCommand("forget_me", Audience.Player)]
internal sealed class ForgetMeCommand(IActiveGameCheck? games = null) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (games is not null && await games.IsSeatedInRunningGameAsync(ctx.UserId, ct))
        {
            ctx.Reply("registration.forget.in-game");
            return;
        }

        ctx.Reply("registration.forget.confirm", RegistrationKeyboards.ForgetConfirm);
    }
}
