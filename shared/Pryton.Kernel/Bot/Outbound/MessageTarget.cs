namespace Pryton.Kernel.Bot.Outbound;

/// <summary>
/// The message an edit or a deletion applies to: a Telegram message id already known (the message under a pressed
/// button), or an earlier queued message whose id the sender learns when it goes out.
/// </summary>
public sealed record MessageTarget(int? MessageId, long? OutboundId)
{
    public static MessageTarget Telegram(int messageId) => new(messageId, null);

    public static MessageTarget Queued(long outboundId) => new(null, outboundId);
}
