using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>Revoking an organiser: asked once more, then done; the operator's admins and oneself cannot be revoked here.</summary>
[BotCallback("revoke", Audience.Admin)]
internal sealed class RevokeAdminCallback(AdminGrants grants, AdminsScreen screen, IPlayerDirectory players) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (!ctx.ArgIds(out var userId))
        {
            return;
        }

        var name = (await players.NamesAsync([userId], ct))[userId];
        if (ctx.CallbackArgs is not [_, "yes"])
        {
            ctx.EditOrReply(TextRef.Of("admin.admins.revoke-confirm", new { name }), Keyboard.Inline(
                [Button.Callback("admin.admins.revoke-yes", CallbackData.Create(AdminKeyboards.Module, "revoke", userId, "yes")),
                 Button.Callback("admin.admins.revoke-no", CallbackData.Create(AdminKeyboards.Module, "admins"))]));
            return;
        }

        var refusal = await grants.RevokeAsync(userId, ctx.UserId, ct);
        ctx.Toast(refusal is null ? TextRef.Of("admin.admins.revoked", new { name }) : TextRef.Of($"admin.admins.cannot-{refusal}"), alert: refusal is not null);
        await screen.ShowAsync(ctx, ct);
    }
}
