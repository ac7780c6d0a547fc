using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Modules.Games.Application;
using Pryton.Modules.Games.Bot.Keyboards;

namespace Pryton.Modules.Games.Bot;

/// <summary>The list of joinable games: the player's district first, all districts on request.</summary>
internal sealed class GameList(GameCatalog catalog, IPlayerDirectory players)
{
    public async Task ShowAsync(UpdateContext ctx, bool allDistricts, CancellationToken ct)
    {
        var district = allDistricts ? null : (await players.FindAsync(ctx.UserId, ct))?.DistrictId;
        var games = await catalog.JoinableAsync(district, ct);
        var taken = await catalog.SeatsTakenAsync(games.Select(g => g.Id).ToList(), ct);
        var withSeats = games.Select(g => (g, taken.GetValueOrDefault(g.Id))).ToList();

        var key = games.Count > 0 ? "games.list.title" : district is null ? "games.list.none" : "games.list.none-in-district";
        ctx.EditOrReply(key, GameKeyboards.List(withSeats, allDistricts || district is null));
    }
}
