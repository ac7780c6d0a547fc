using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>Back to the panel's first screen, in place.</summary>
[BotCallback("panel", Audience.Admin)]
internal sealed class PanelCallback : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.EditOrReply("admin.panel.text", AdminKeyboards.Panel());
        return Task.CompletedTask;
    }
}
