using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Commands;

/// <summary>/admin: the organiser's panel — games and their manual control, and the admin commands.</summary>
[BotCommand("admin", Audience.Admin)]
internal sealed class AdminCommand : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply("admin.panel.text", AdminKeyboards.Panel());
        return Task.CompletedTask;
    }
}
