using Pryton.Kernel.Bot;
using Pryton.Modules.Admin.Bot.Flows;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>"➕ New game" on the panel: the create-game wizard.</summary>
[BotCallback("new", Audience.Admin)]
internal sealed class NewGameCallback(NewGameStart start) : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => start.OpenAsync(ctx, ct);
}
