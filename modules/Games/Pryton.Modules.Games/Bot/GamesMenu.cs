using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Bot.Outbound;

namespace Pryton.Modules.Games.Bot;

/// <summary>Registered players find the games and their own games first in the menu.</summary>
internal sealed class GamesMenu(IPlayerDirectory players) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuContribution>> ContributeAsync(long userId, CancellationToken ct) =>
        await players.FindAsync(userId, ct) is null
            ? []
            : [new MenuContribution(MenuState.Default, [Button.ForCommand("games.menu.games", "/games"), Button.ForCommand("games.menu.mine", "/mygames")], Order: 10)];
}
