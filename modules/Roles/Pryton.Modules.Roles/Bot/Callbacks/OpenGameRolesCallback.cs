using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Roles.Bot.Callbacks;

/// <summary>Opens a game's role screen as a new message (the entry point other modules' admin messages use).</summary>
[BotCallback(RoleScreens.GameAction, Audience.Admin)]
internal sealed class OpenGameRolesCallback(RoleScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        await screen.ShowAsync(ctx, gameId, inPlace: false, ct); // the message pressed may be another module's: keep it
    }
}
