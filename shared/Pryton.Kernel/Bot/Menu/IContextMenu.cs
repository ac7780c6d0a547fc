using Pryton.Kernel.Bot.Outbound;

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
}
