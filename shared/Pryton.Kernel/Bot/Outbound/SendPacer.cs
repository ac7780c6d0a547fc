using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>
/// Telegram's limits, kept on a monotonic clock (pacing is not game time): at most N sends in any sliding second
/// overall, and a minimum spacing per chat (1 s for a private chat, 3 s for a group at 20/min). A 429 pauses its
/// chat; several 429s from different chats in a second pause everything for the longest retry_after.
/// </summary>
internal sealed class SendPacer(GatewayOptions options)
{
    // Sends are counted over a window slightly longer than a second so that network jitter between here and
    // Telegram never packs more than the limit into one of Telegram's seconds (50 ms: at most 95 % of the allowed rate; 40 ms let 31 arrive within a second under load).
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1050);
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);
    private readonly Queue<TimeSpan> recent = new();
    private readonly ConcurrentDictionary<long, TimeSpan> nextPerChat = new();
    private readonly Queue<(TimeSpan At, long Chat)> recent429 = new();
    private readonly Lock gate = new();
    private TimeSpan globalPauseUntil;
    private TimeSpan lastSlot = TimeSpan.MinValue;

    private static TimeSpan Now => Stopwatch.GetElapsedTime(0);

    /// <summary>True when the chat may receive its next message now.</summary>
    public bool ChatReady(long chatId) => !nextPerChat.TryGetValue(chatId, out var next) || next <= Now;

    /// <summary>Time until the chat may receive its next message (zero when it may now).</summary>
    public TimeSpan ChatDelay(long chatId) => nextPerChat.TryGetValue(chatId, out var next) ? Max(next - Now, TimeSpan.Zero) : TimeSpan.Zero;

    /// <summary>Time until the global limit allows one more send (zero when it does now).</summary>
    public TimeSpan GlobalDelay()
    {
        lock (gate)
        {
            var now = Now;
            if (globalPauseUntil > now)
            {
                return globalPauseUntil - now;
            }

            while (recent.Count > 0 && now - recent.Peek() >= Window)
            {
                recent.Dequeue();
            }

            // Evenly spaced, not in bursts of a whole second's worth: an urgent message never waits a full window.
            var untilSpaced = lastSlot == TimeSpan.MinValue ? TimeSpan.Zero : lastSlot + GlobalSpacing - now;
            var untilWindow = recent.Count < Math.Max(1, (int)options.SendRate) ? TimeSpan.Zero : Window - (now - recent.Peek());
            return Max(Max(untilSpaced, untilWindow), TimeSpan.Zero);
        }
    }

    /// <summary>Takes a global slot and spaces the chat's next send; false when no slot is free yet.</summary>
    public bool TryTake(long chatId)
    {
        lock (gate)
        {
            if (GlobalDelay() > TimeSpan.Zero || !ChatReady(chatId))
            {
                return false;
            }

            var now = Now;
            recent.Enqueue(now);
            // Slots follow the ideal schedule: a send a little late does not push every later one back (the rate
            // would sag by the sender's own latency), yet never by more than half a slot, which would bunch sends up.
            // After a pause there is nothing to catch up: the first send of a burst starts a fresh schedule.
            lastSlot = lastSlot == TimeSpan.MinValue || now - lastSlot > 2 * GlobalSpacing ? now : Max(lastSlot + GlobalSpacing, now - (GlobalSpacing / 2));
            nextPerChat[chatId] = now + Spacing(chatId);
            return true;
        }
    }

    public void TooManyRequests(long chatId, TimeSpan retryAfter)
    {
        lock (gate)
        {
            var now = Now;
            nextPerChat[chatId] = now + retryAfter;
            recent429.Enqueue((now, chatId));
            while (recent429.Count > 0 && now - recent429.Peek().At > TimeSpan.FromSeconds(1))
            {
                recent429.Dequeue();
            }

            // One chat flooding is that chat's problem; many chats at once means the bot as a whole is too fast.
            if (recent429.Select(r => r.Chat).Distinct().Count() >= 3)
            {
                globalPauseUntil = Max(globalPauseUntil, now + retryAfter);
            }
        }
    }

    /// <summary>Forgets chats idle for a while, so the map does not grow with every chat ever served.</summary>
    public void Trim()
    {
        var now = Now;
        foreach (var (chat, next) in nextPerChat)
        {
            if (now - next > TimeSpan.FromMinutes(5))
            {
                nextPerChat.TryRemove(chat, out _);
            }
        }
    }

    private TimeSpan GlobalSpacing => Window / Math.Max(1, options.SendRate);

    private TimeSpan Spacing(long chatId) => chatId < 0
        ? TimeSpan.FromMinutes(1) / options.SendRatePerGroupPerMinute + Margin
        : TimeSpan.FromSeconds(1) / options.SendRatePerChat + Margin;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
