using Pryton.Kernel.Bot;
using Pryton.Modules.Admin.Bot.Flows;

namespace Pryton.Modules.Admin.Bot.Commands;

/// <summary>/newgame and the panel's "➕ New game": the create-game wizard.</summary>
[BotCommand("newgame", Audience.Admin)]
[BotCallback("new", Audience.Admin)]
internal sealed class NewGameCommand(NewGameStart start) : ICommandHandler, ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => start.OpenAsync(ctx, ct);
}
