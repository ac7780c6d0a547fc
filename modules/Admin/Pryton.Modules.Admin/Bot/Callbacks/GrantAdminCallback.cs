using Pryton.Kernel.Bot;
using Pryton.Modules.Admin.Bot.Flows;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>"➕ Make an organiser": asks who.</summary>
[BotCallback("grant", Audience.Admin)]
internal sealed class GrantAdminCallback : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.StartFlow<GrantAdminFlow>(new GrantDraft());
        return Task.CompletedTask;
    }
}
