using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Menu;

namespace Pryton.Kernel.Bot.Builtin;

/// <summary>
/// <c>/cancel</c> leaves whatever dialog is open, at any step, and puts the main menu of the player's situation back
/// in place of the dialog's buttons.
/// </summary>
[BotCommand("cancel", Audience.Anyone)]
internal sealed class CancelCommand(FlowRunner flows, IContextMenu menu) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var left = await flows.CancelAsync(ctx, ct);
        ctx.Reply(left ? "kernel.cancel.done" : "kernel.cancel.nothing", await menu.KeyboardAsync(ctx.UserId, ct));
    }
}
