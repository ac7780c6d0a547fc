using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>The games not over yet, soonest first, each opening its control screen.</summary>
[BotCallback("games", Audience.Admin)]
internal sealed class GamesCallback(IGameQueries games) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        // Open and running games by default, grouped by stage; the finished ones on a second page.
        var over = ctx.CallbackArgs is ["over"];
        var list = over ? await games.OverAsync(take: 20, ct) : (await games.NotOverAsync(take: 30, ct)).OrderBy(g => g.Stage).ThenBy(g => g.StartsAt).ToList();
        ctx.EditOrReply(list.Count == 0 ? (over ? "admin.games.none-over" : "admin.games.none") : (over ? "admin.games.title-over" : "admin.games.title"),
            AdminKeyboards.Games(list, over));
    }
}
