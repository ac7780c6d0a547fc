using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>The games not over yet, soonest first, each opening its control screen.</summary>
[BotCallback("games", Audience.Admin)]
internal sealed class GamesCallback(IGameQueries games) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var list = await games.NotOverAsync(take: 20, ct);
        ctx.EditOrReply(list.Count == 0 ? "admin.games.none" : "admin.games.title", AdminKeyboards.Games(list));
    }
}
