using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Modules.Registration.Data;

namespace Pryton.Modules.Registration.Bot;

/// <summary>A registered player's menu has their profile and the rules; a newcomer's has nothing of ours.</summary>
internal sealed class RegistrationMenu(RegistrationDbContext db) : IMenuContributor
{
    public async Task<IReadOnlyList<MenuContribution>> ContributeAsync(long userId, CancellationToken ct) =>
        await db.Players.AsNoTracking().AnyAsync(p => p.UserId == userId, ct)
            ? [new MenuContribution(MenuState.Default, [Button.ForCommand("registration.menu.profile", "/profile"), Button.ForCommand("registration.menu.rules", "/rules")], Order: 80)]
            : [];
}
