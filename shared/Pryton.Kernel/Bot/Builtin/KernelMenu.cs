using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Bot.Outbound;

namespace Pryton.Kernel.Bot.Builtin;

/// <summary>Help and language are in every menu.</summary>
internal sealed class KernelMenu : IMenuContributor
{
    private static readonly IReadOnlyList<MenuContribution> Contribution =
    [
        new(MenuState.Default, [Button.ForCommand("kernel.menu.help", "/help"), Button.ForCommand("kernel.menu.language", "/language")], Order: 90, Always: true),
    ];

    public Task<IReadOnlyList<MenuContribution>> ContributeAsync(long userId, CancellationToken ct) => Task.FromResult(Contribution);
}
