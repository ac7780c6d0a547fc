using Pryton.Kernel.Bot.Outbound;

namespace Pryton.Kernel.Bot.Menu;

internal sealed class ContextMenu(IEnumerable<IMenuContributor> contributors, IOutbound outbound) : IContextMenu
{
    public async Task<Keyboard> KeyboardAsync(long userId, CancellationToken ct)
    {
        var contributions = new List<MenuContribution>();
        foreach (var contributor in contributors)
        {
            contributions.AddRange(await contributor.ContributeAsync(userId, ct));
        }

        var state = contributions.Where(c => !c.Always).Select(c => c.State).DefaultIfEmpty(MenuState.Default).Max();
        var buttons = contributions.Where(c => !c.Always && c.State == state).OrderBy(c => c.Order).SelectMany(c => c.Buttons)
            .Concat(contributions.Where(c => c.Always).OrderBy(c => c.Order).SelectMany(c => c.Buttons))
            .ToList();
        return Keyboard.Reply(Keyboard.Grid(buttons, 2));
    }

    public async Task RefreshAsync(long userId, CancellationToken ct) =>
        await outbound.SendAsync(userId, OutboundMessage.Of("kernel.menu.updated", await KeyboardAsync(userId, ct)), new SendOptions(CoalesceKey: "menu"), ct);
}
