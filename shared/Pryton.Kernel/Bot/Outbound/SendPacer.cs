using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>
/// Telegram's limits, kept on a monotonic clock (pacing is not game time): at most N sends in any sliding second
/// overall, and a minimum spacing per chat (1 s for a private chat, 3 s for a group at 20/min). A 429 pauses its
/// chat; several 429s from different chats in a second pause everything for the longest retry_after.
/// A send counts in the window from the moment it leaves until a window's length after its answer came back: it
/// reached Telegram somewhere in between, and requests slowed on the way (a new connection, a busy network) must
/// not arrive together with the ones sent after them.
/// </summary>
internal sealed class SendPacer(GatewayOptions options)
{
    // A slot is held from the moment its send leaves until a window after its answer, so the send N places later
    // reaches Telegram at least a window after this one did, however the network delays either: a whole second is
    // enough. The 10 ms only absorb timer granularity (a wider margin was needed while slots aged from their start,
    // and cost the rate: 50 ms capped it at 95 %).
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1010);
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);
    private readonly List<SendSlot> recent = [];
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

            for (var i = recent.Count - 1; i >= 0; i--)
            {
                if (recent[i].Answered is { } answered && now - answered >= Window)
                {
                    recent.RemoveAt(i);
                }
            }

            // Evenly spaced, not in bursts of a whole second's worth: an urgent message never waits a full window.
            var untilSpaced = lastSlot == TimeSpan.MinValue ? TimeSpan.Zero : lastSlot + GlobalSpacing - now;
            var limit = Math.Max(1, (int)options.SendRate);
            var untilWindow = recent.Count < limit ? TimeSpan.Zero : UntilOldestAgesOut(now);
            return Max(Max(untilSpaced, untilWindow), TimeSpan.Zero);
        }
    }

    // Plain loops here and above: this runs on every turn of the sender's loop.
    private TimeSpan UntilOldestAgesOut(TimeSpan now)
    {
        TimeSpan? soonest = null;
        foreach (var slot in recent)
        {
            if (slot.Answered is { } answered && (soonest is null || answered + Window - now < soonest))
            {
                soonest = answered + Window - now;
            }
        }

        return soonest ?? InFlightWait;
    }

    /// <summary>Takes a global slot and spaces the chat's next send; null when no slot is free yet. Hand it back with <see cref="Answered"/>.</summary>
    public SendSlot? Take(long chatId)
    {
        lock (gate)
        {
            if (GlobalDelay() > TimeSpan.Zero || !ChatReady(chatId))
            {
                return null;
            }

            var now = Now;
            var slot = new SendSlot();
            recent.Add(slot);
            // Slots follow the ideal schedule: a send a little late does not push every later one back (the rate
            // would sag by the sender's own latency), yet never by more than half a slot, which would bunch sends up.
            // After a pause there is nothing to catch up: the first send of a burst starts a fresh schedule.
            lastSlot = lastSlot == TimeSpan.MinValue || now - lastSlot > 2 * GlobalSpacing ? now : Max(lastSlot + GlobalSpacing, now - (GlobalSpacing / 2));
            nextPerChat[chatId] = now + Spacing(chatId);
            return slot;
        }
    }

    /// <summary>The send's answer came back (or it failed): from now on its slot ages out of the window.</summary>
    public void Answered(SendSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        lock (gate)
        {
            slot.Answered = Now;
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

    /// <summary>Every slot is held by a send still waiting for its answer: look again shortly.</summary>
    private static readonly TimeSpan InFlightWait = TimeSpan.FromMilliseconds(10);

    private TimeSpan GlobalSpacing => Window / Math.Max(1, options.SendRate);

    private TimeSpan Spacing(long chatId) => chatId < 0
        ? TimeSpan.FromMinutes(1) / options.SendRatePerGroupPerMinute + Margin
        : TimeSpan.FromSeconds(1) / options.SendRatePerChat + Margin;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>One send's place in the global window.</summary>
internal sealed class SendSlot
{
    /// <summary>When its answer came back; null while it is on its way.</summary>
    public TimeSpan? Answered { get; set; }
}
