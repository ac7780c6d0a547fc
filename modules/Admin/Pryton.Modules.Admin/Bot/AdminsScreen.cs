using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot;

/// <summary>The organisers: the operator's (fixed) and those granted in the bot, with revoke and grant buttons.</summary>
internal sealed class AdminsScreen(AdminRoster roster, AdminGrants grants, IPlayerDirectory players)
{
    public async Task ShowAsync(UpdateContext ctx, CancellationToken ct)
    {
        var granted = await grants.GrantedAsync(ct);
        var ids = roster.Bootstrap.Concat(granted).Distinct().ToList();
        var names = await players.NamesAsync(ids, ct);

        var lines = new TextLines([.. ids.Select(id => TextRef.Of(roster.Bootstrap.Contains(id) ? "admin.admins.fixed" : "admin.admins.granted", new { name = names[id], id }))]);
        var rows = granted.Where(id => !roster.Bootstrap.Contains(id) && id != ctx.UserId)
            .Select(id => (IReadOnlyList<Button>)[Button.Callback(TextRef.Of("admin.admins.revoke", new { name = names[id] }), CallbackData.Create(AdminKeyboards.Module, "revoke", id))])
            .Append([Button.Callback("admin.admins.grant", CallbackData.Create(AdminKeyboards.Module, "grant"))])
            .Append([Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "panel"))]);
        ctx.EditOrReply(TextRef.Of("admin.admins.text", new { lines }), Keyboard.Inline(rows));
    }
}
