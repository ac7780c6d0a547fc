using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot.Players;

/// <summary>A player's screen and its actions: ban and unban (asked once more, the player is told), make an organiser.</summary>
[BotCallback("player", Audience.Admin)]
internal sealed class PlayerCallback(PlayerScreen screen, IPlayerAdmin players, AdminGrants grants, AuditTrail audit, IOutbound outbound) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (!ctx.ArgIds(out var userId))
        {
            return;
        }

        switch (ctx.CallbackArgs)
        {
            case [_, "ban"]:
                ctx.EditOrReply("admin.player.ban-confirm", Keyboard.Inline(
                    [Button.Callback("admin.player.ban-yes", CallbackData.Create(AdminKeyboards.Module, "player", userId, "ban", "yes")),
                     Button.Callback("admin.player.ban-no", CallbackData.Create(AdminKeyboards.Module, "player", userId))]));
                return;
            case [_, "ban", "yes"] or [_, "unban"]:
                var ban = ctx.CallbackArgs[1] == "ban";
                if (await players.SetBannedAsync(userId, ban, ctx.UserId, ct))
                {
                    await audit.WriteAsync(ctx.UserId, ban ? "admin.ban" : "admin.unban", ctx.CallbackArgs[0], allowed: true, ct);
                    await outbound.SendAsync(userId, OutboundMessage.Of(ban ? "admin.player.you-banned" : "admin.player.you-unbanned"), ct: ct);
                    ctx.Toast("admin.done");
                }

                break;
            case [_, "admin"]:
                ctx.Toast(await grants.GrantAsync(userId, ctx.UserId, ct) ? "admin.done" : "admin.player.already-admin");
                break;
        }

        await screen.ShowAsync(ctx, userId, ct);
    }
}
