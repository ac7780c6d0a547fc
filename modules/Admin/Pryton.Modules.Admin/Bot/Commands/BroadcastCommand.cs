using Pryton.Kernel.Bot;
using Pryton.Modules.Admin.Bot.Flows;

namespace Pryton.Modules.Admin.Bot.Commands;

/// <summary>/broadcast and the panel's "📣 Broadcast": a message to everyone, a district, a game's players or its waitlist.</summary>
[BotCommand("broadcast", Audience.Admin)]
[BotCallback("broadcast-new", Audience.Admin)]
internal sealed class BroadcastCommand : ICommandHandler, ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.StartFlow<BroadcastFlow>(new BroadcastDraft());
        return Task.CompletedTask;
    }
}
