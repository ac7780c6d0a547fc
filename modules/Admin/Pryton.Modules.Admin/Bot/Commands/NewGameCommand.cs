using Pryton.Kernel.Bot;
using Pryton.Modules.Admin.Bot.Flows;

namespace Pryton.Modules.Admin.Bot.Commands;

/// <summary>/newgame: the create-game wizard (also "➕ New game" on the panel).</summary>
[BotCommand("newgame", Audience.Admin)]
internal sealed class NewGameCommand(NewGameStart start) : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => start.OpenAsync(ctx, ct);
}
