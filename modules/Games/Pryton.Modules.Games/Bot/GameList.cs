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
        var withSeats = new List<(Domain.Game, int)>();
        foreach (var game in games)
        {
            withSeats.Add((game, (await catalog.CountsAsync(game.Id, ct)).Seated));
        }

        var key = games.Count > 0 ? "games.list.title" : district is null ? "games.list.none" : "games.list.none-in-district";
        ctx.EditOrReply(key, GameKeyboards.List(withSeats, allDistricts || district is null));
    }
}
