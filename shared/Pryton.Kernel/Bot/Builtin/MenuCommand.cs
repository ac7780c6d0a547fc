using Pryton.Kernel.Bot.Menu;

namespace Pryton.Kernel.Bot.Builtin;

/// <summary><c>/menu</c>: the main menu for the player's current situation, at any time.</summary>
[BotCommand("menu", Audience.Anyone)]
internal sealed class MenuCommand(IContextMenu menu) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct) =>
        ctx.Reply("kernel.menu.text", await menu.KeyboardAsync(ctx.UserId, ct));
}
