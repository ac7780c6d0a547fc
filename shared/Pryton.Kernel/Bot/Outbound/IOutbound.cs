namespace Pryton.Kernel.Bot.Outbound;

/// <summary>
/// Queues messages to any chat in the current unit of work: the rows commit with the change that caused them, and the
/// sender delivers them within Telegram's limits. Texts are rendered in each recipient's language.
/// </summary>
public interface IOutbound
{
    /// <returns>The queued message's id, to edit or delete it later (<see cref="MessageTarget.Queued"/>).</returns>
    Task<long> SendAsync(long chatId, OutboundMessage message, SendOptions? options = null, CancellationToken ct = default);

    /// <summary>The same message to many chats (fan-out), in one round trip per language.</summary>
    Task SendToManyAsync(IReadOnlyCollection<long> chatIds, OutboundMessage message, SendOptions? options = null, CancellationToken ct = default);
}
