using Telegram.Bot.Types;

namespace Pryton.Kernel.Bot;

/// <summary>
/// A live share sends a point every few seconds per player, so a busy game delivers them by the hundred. The owner of
/// <see cref="MessageKind.Location"/> may also take a polled batch of these moves in one unit of work (one commit, a
/// few round trips for all of them) instead of one unit of work each. Moves carry no reply, so the kernel hands over
/// only the moves that follow a chat's last other update in the batch (each chat's order holds). The handler checks
/// its audience itself: it gets many senders at once, and the kernel's per-update gate would cost a query each.
/// </summary>
public interface ILiveLocationMovesHandler
{
    /// <param name="moves">New moves (redeliveries already left out), in each chat's order.</param>
    Task HandleMovesAsync(IReadOnlyList<LiveLocationMove> moves, CancellationToken ct);
}

/// <summary>One edit of a live location: who moved, the point, and when the phone sent it.</summary>
public sealed record LiveLocationMove(long UserId, Location Location, DateTimeOffset SentAt);
