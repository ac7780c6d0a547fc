using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Modules.Photos.Application;

namespace Pryton.Modules.Photos.Bot;

/// <summary>In a running game: a hiding driver gets "hiding photo", a searching seeker "I found a car".</summary>
internal sealed class PhotosMenu(PlayerInGame position) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuContribution>> ContributeAsync(long userId, CancellationToken ct) =>
        await position.CurrentAsync(userId, ct) switch
        {
            { Game.Stage: GameStage.Hiding, Role: GameRole.Driver } =>
                [new MenuContribution(MenuState.InActiveGame, [Button.ForCommand("photos.menu.hiding-photo", "/hidden")], Order: 10, Help: "photos.menu.help.driver")],
            { Game.Stage: GameStage.Searching, Role: GameRole.Seeker } =>
                [new MenuContribution(MenuState.InActiveGame, [Button.ForCommand("photos.menu.found", "/found")], Order: 10, Help: "photos.menu.help.seeker")],
            _ => [],
        };
}
