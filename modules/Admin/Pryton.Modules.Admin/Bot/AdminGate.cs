using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot;

/// <summary>
/// The door of every admin command, button and dialog: only admins pass, and every attempt — let in or not — goes
/// into the audit with what was asked for.
/// </summary>
internal sealed class AdminGate(AdminRoster roster, AuditTrail audit) : IAudienceGate
{
    public Audience Audience => Audience.Admin;

    public async Task<TextRef?> DenyAsync(UpdateContext ctx, string route, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var allowed = (await roster.AdminIdsAsync(ct)).Contains(ctx.UserId);
        await audit.WriteAsync(ctx.UserId, route, Target(ctx), allowed, ct);
        return allowed ? null : TextRef.Of("kernel.access.admins-only");
    }

    /// <summary>What the action was about: the button's arguments, the command's, or (in a dialog) the kind of answer.</summary>
    private static string? Target(UpdateContext ctx) =>
        ctx.Callback is not null ? string.Join(':', ctx.CallbackArgs)
        : ctx.Command is not null ? ctx.CommandArgs
        : ctx.Text is not null ? "text"
        : "message";
}
