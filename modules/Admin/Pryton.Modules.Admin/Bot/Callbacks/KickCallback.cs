using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>Taking a player out of a game: asked once more; the Games module decides whether it is still possible.</summary>
[BotCallback("kick", Audience.Admin)]
internal sealed class KickCallback(IGameControl control, ParticipantsScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (!ctx.ArgIds(out var gameId, out var userId))
        {
            return;
        }

        if (ctx.CallbackArgs is not [_, _, "yes"])
        {
            ctx.EditOrReply("admin.person.kick-confirm", Keyboard.Inline(
                [Button.Callback("admin.person.kick-yes", CallbackData.Create(AdminKeyboards.Module, "kick", gameId, userId, "yes")),
                 Button.Callback("admin.person.kick-no", CallbackData.Create(AdminKeyboards.Module, "person", gameId, userId))]));
            return;
        }

        var result = await control.KickAsync(gameId, ctx.UserId, userId, ct);
        ctx.Toast(AdminKeyboards.ResultKey(result, "admin.person.kicked"), alert: !result.Succeeded);
        await screen.ShowAsync(ctx, gameId, ct);
    }
}
