using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;

namespace Pryton.EndToEndTests.Probe;

[BotCallback("tap", Audience.Anyone)]
internal sealed class TapCallback : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var n] || !int.TryParse(n, out var number))
        {
            ctx.Toast("kernel.callback.stale");
            return Task.CompletedTask;
        }

        ctx.Toast(TextRef.Of("probe.tapped", new { number }));
        ctx.EditOrReply(TextRef.Of("probe.tapped", new { number }));
        return Task.CompletedTask;
    }
}
