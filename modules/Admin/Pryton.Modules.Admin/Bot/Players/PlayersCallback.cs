using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Players;

/// <summary>"🙋 Players" on the panel: find a player.</summary>
[BotCallback("players", Audience.Admin)]
internal sealed class PlayersCallback : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.StartFlow<PlayerSearchFlow>(new PlayerSearchDraft());
        return Task.CompletedTask;
    }
}
