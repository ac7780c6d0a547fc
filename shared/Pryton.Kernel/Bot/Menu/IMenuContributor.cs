namespace Pryton.Kernel.Bot.Menu;

/// <summary>
/// Implemented by modules that put buttons in the player's main menu (the reply keyboard). No module knows the
/// others; the kernel picks the most pressing state and lays the buttons out.
/// </summary>
public interface IMenuContributor
{
    Task<IReadOnlyList<MenuContribution>> ContributeAsync(long userId, CancellationToken ct);
}
