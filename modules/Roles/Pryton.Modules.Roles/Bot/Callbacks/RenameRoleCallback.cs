using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Roles.Bot.Flows;

namespace Pryton.Modules.Roles.Bot.Callbacks;

/// <summary>Starts renaming one role in one language: the new name is typed next.</summary>
[BotCallback("name", Audience.Admin)]
internal sealed class RenameRoleCallback : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var role and ("driver" or "seeker"), var language] || !Language.All.Contains(language))
        {
            ctx.Toast("kernel.callback.stale");
            return Task.CompletedTask;
        }

        ctx.StartFlow<RenameRoleFlow>(new RenameRoleDraft(role, language));
        return Task.CompletedTask;
    }
}
