using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Menu;

/// <summary>The player's current main menu, and a way to re-send it when their situation changed.</summary>
public interface IContextMenu
{
    Task<Keyboard> KeyboardAsync(long userId, CancellationToken ct);

    /// <summary>
    /// Queues the current menu to the player with a short note. Coalesced per chat: several changes in a row (a phase
    /// change for 100 players, say) become one message each, sent within the rate limits.
    /// </summary>
    Task RefreshAsync(long userId, CancellationToken ct);

    /// <summary>The same for several players at once (a phase change): one coalesced message each.</summary>
    Task RefreshManyAsync(IReadOnlyCollection<long> userIds, CancellationToken ct);

    /// <summary>What the buttons of the player's current situation do (for /help), most pressing situation only.</summary>
    Task<IReadOnlyList<TextRef>> HelpAsync(long userId, CancellationToken ct);
}
