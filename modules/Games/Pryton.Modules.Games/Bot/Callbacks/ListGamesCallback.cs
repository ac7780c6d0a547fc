using Pryton.Kernel.Bot;

namespace Pryton.Modules.Games.Bot.Callbacks;

[BotCallback("list", Audience.Player)]
internal sealed class ListGamesCallback(GameList list) : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => list.ShowAsync(ctx, allDistricts: ctx.CallbackArgs is ["all"], ct);
}
