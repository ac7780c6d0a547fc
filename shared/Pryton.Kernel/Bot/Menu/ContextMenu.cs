using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Menu;

/// <summary>
/// Lays out the buttons of the player's most pressing situation (plus those shown always) from every module's
/// contribution. A refresh names the situation ("game menu", "game over") and is coalesced per chat, so a burst of
/// changes becomes one message each, sent within the rate limits.
/// </summary>
internal sealed class ContextMenu(IEnumerable<IMenuContributor> contributors, IOutbound outbound) : IContextMenu
{
    public async Task<Keyboard> KeyboardAsync(long userId, CancellationToken ct) => (await ComposeAsync(userId, ct)).Keyboard;

    public async Task RefreshAsync(long userId, CancellationToken ct)
    {
        var (state, keyboard, _) = await ComposeAsync(userId, ct);
        await outbound.SendAsync(userId, OutboundMessage.Of(StateNote(state), keyboard), new SendOptions(CoalesceKey: "menu"), ct);
    }

    public async Task RefreshManyAsync(IReadOnlyCollection<long> userIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        foreach (var userId in userIds.Distinct())
        {
            await RefreshAsync(userId, ct);
        }
    }

    public async Task<IReadOnlyList<TextRef>> HelpAsync(long userId, CancellationToken ct) => (await ComposeAsync(userId, ct)).Help;

    private async Task<(MenuState State, Keyboard Keyboard, IReadOnlyList<TextRef> Help)> ComposeAsync(long userId, CancellationToken ct)
    {
        var contributions = new List<MenuContribution>();
        foreach (var contributor in contributors)
        {
            contributions.AddRange(await contributor.ContributeAsync(userId, ct));
        }

        var state = contributions.Where(c => !c.Always).Select(c => c.State).DefaultIfEmpty(MenuState.Default).Max();
        var current = contributions.Where(c => !c.Always && c.State == state).OrderBy(c => c.Order).ToList();
        var always = contributions.Where(c => c.Always).OrderBy(c => c.Order).ToList();
        var buttons = current.SelectMany(c => c.Buttons).Concat(always.SelectMany(c => c.Buttons)).ToList();
        var help = current.Concat(always).Where(c => c.Help is not null).Select(c => c.Help!).ToList();
        return (state, Keyboard.Reply(Keyboard.Grid(buttons, 2)), help);
    }

    private static TextRef StateNote(MenuState state) => state switch
    {
        MenuState.InActiveGame => "kernel.menu.state.in-game",
        MenuState.GameStartingSoon => "kernel.menu.state.starting-soon",
        MenuState.GameJustEnded => "kernel.menu.state.just-ended",
        _ => "kernel.menu.updated",
    };
}
