using Pryton.Kernel.Bot;
using Pryton.Modules.Admin.Bot.Flows;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>"📣 Broadcast" on the panel.</summary>
[BotCallback("broadcast-new", Audience.Admin)]
internal sealed class BroadcastCallback : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.StartFlow<BroadcastFlow>(new BroadcastDraft());
        return Task.CompletedTask;
    }
}
