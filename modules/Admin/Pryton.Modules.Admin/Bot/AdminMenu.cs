using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Bot.Outbound;

namespace Pryton.Modules.Admin.Bot;

/// <summary>Admins have their panel in every menu.</summary>
internal sealed class AdminMenu(IAdminDirectory admins) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuContribution>> ContributeAsync(long userId, CancellationToken ct) =>
        (await admins.AdminIdsAsync(ct)).Contains(userId)
            ? [new MenuContribution(MenuState.Default, [Button.ForCommand("admin.menu.panel", "/admin")], Order: 85, Always: true, Help: "admin.menu.help")]
            : [];
}
