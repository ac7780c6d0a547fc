using Pryton.Kernel.Bot;

namespace Pryton.Modules.Roles.Bot.Callbacks;

/// <summary>The role screen's own "refresh": redrawn in place.</summary>
[BotCallback("refresh", Audience.Admin)]
internal sealed class RefreshGameRolesCallback(RoleScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        await screen.ShowAsync(ctx, gameId, inPlace: true, ct);
    }
}
