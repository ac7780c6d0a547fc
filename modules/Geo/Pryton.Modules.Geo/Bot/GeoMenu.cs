using Pryton.Contracts.Games;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Bot.Outbound;

namespace Pryton.Modules.Geo.Bot;

/// <summary>In a running game every player has "send my location" and the SOS button.</summary>
internal sealed class GeoMenu(IGameQueries games) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuContribution>> ContributeAsync(long userId, CancellationToken ct) =>
        await games.RunningGameOfAsync(userId, ct) is null
            ? []
            : [new MenuContribution(MenuState.InActiveGame, [Button.ShareLocation("geo.button.send-location"), Button.ForCommand("geo.button.sos", "/sos")], Order: 40, Help: "geo.menu.help")];
}
