using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Roles.Bot.Callbacks;

/// <summary>An admin sets (and locks) a player's role, or gives them back to the draw. The game and seat are checked again.</summary>
[BotCallback("set", Audience.Admin)]
internal sealed class SetRoleCallback(IRoleControl control, RoleScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var rawGame, var rawUser, var choice and ("driver" or "seeker" or "auto")]
            || !long.TryParse(rawGame, out var gameId) || !long.TryParse(rawUser, out var userId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        GameRole? role = choice switch { "driver" => GameRole.Driver, "seeker" => GameRole.Seeker, _ => null };
        var result = await control.SetAsync(gameId, userId, role, ctx.UserId, ct);
        ctx.Toast($"roles.set.{result.ToString().ToLowerInvariant()}", alert: result != RoleChangeResult.Done);
        await screen.ShowAsync(ctx, gameId, inPlace: true, ct);
    }
}
