using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Outbound;

namespace Pryton.Kernel.Bot.Builtin;

/// <summary><c>/cancel</c> leaves whatever dialog is open, at any step.</summary>
[BotCommand("cancel", Audience.Anyone)]
internal sealed class CancelCommand(FlowRunner flows) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var left = await flows.CancelAsync(ctx, ct);
        ctx.Reply(left ? "kernel.cancel.done" : "kernel.cancel.nothing", Keyboard.Remove);
    }
}
