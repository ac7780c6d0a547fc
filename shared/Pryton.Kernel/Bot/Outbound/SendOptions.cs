namespace Pryton.Kernel.Bot.Outbound;

/// <summary>How a message is queued.</summary>
/// <param name="Priority">Higher goes first among due messages (SOS alerts use <see cref="Urgent"/>).</param>
/// <param name="CoalesceKey">A newer message with the same key replaces one still pending for the chat (countdowns, keyboards).</param>
/// <param name="Tag">Names a batch (a broadcast) whose delivery is followed with <see cref="IOutboundProgress"/>.</param>
public sealed record SendOptions(int Priority = 0, string? CoalesceKey = null, string? Tag = null)
{
    public const int Urgent = 100;

    public static SendOptions Default { get; } = new();
}
