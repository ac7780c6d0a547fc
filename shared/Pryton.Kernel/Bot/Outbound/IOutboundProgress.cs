namespace Pryton.Kernel.Bot.Outbound;

/// <summary>How far a tagged batch of messages (<see cref="SendOptions.Tag"/>) has got.</summary>
public interface IOutboundProgress
{
    Task<DeliveryProgress> ProgressAsync(string tag, CancellationToken ct);
}

/// <param name="Blocked">Dropped because the person blocked the bot (while queued).</param>
/// <param name="Failed">Given up on after retries, or refused by Telegram.</param>
public sealed record DeliveryProgress(int Pending, int Sent, int Failed, int Blocked)
{
    public int Done => Sent + Failed + Blocked;
}
