using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pryton.Kernel.Observability;
using Telegram.Bot.Exceptions;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>
/// Drains <c>kernel.outbound</c> within Telegram's limits. Only the head of each chat is ever in flight, so per-chat
/// order holds; a message is marked sent after the Bot API accepted it (at least once, never twice by our doing
/// unless the process dies between the two). 429 pauses what must pause; 5xx and timeouts back off; 403 marks the
/// chat blocked and drops its queue. Heads handed over after a commit (<see cref="OutboundHandoff"/>) go first,
/// without a query; the table is scanned when something waits that only it knows of, and every 100 ms anyway.
/// </summary>
internal sealed partial class OutboundSender(
    OutboundStore store,
    BotClients clients,
    SendPacer pacer,
    OutboundSignal signal,
    OutboundHandoff handoff,
    SenderLeadership leadership,
    GatewayOptions options,
    ILogger<OutboundSender> logger) : BackgroundService
{
    internal const int MaxAttempts = 60;
    private static readonly TimeSpan ScanEvery = TimeSpan.FromMilliseconds(100);
    private readonly HashSet<long> inFlight = [];
    private readonly Lock inFlightGate = new();

    /// <summary>
    /// Messages started, by id, with when their send finished (0 while in flight): a scan that read a message just
    /// before it was marked sent must not send it again, nor may a handed-over head go twice.
    /// </summary>
    private readonly Dictionary<long, long> started = [];
    private SemaphoreSlim? slots;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        slots = new SemaphoreSlim(Math.Max(1, options.SendParallelism));
        var nextHousekeeping = DateTime.UtcNow;
        var nextScan = DateTime.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!leadership.Held && !await leadership.TryAcquireAsync(stoppingToken))
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(2), stoppingToken);
                    continue;
                }

                if (DateTime.UtcNow >= nextHousekeeping)
                {
                    nextHousekeeping = DateTime.UtcNow.AddSeconds(5);
                    if (!await leadership.StillHeldAsync(stoppingToken))
                    {
                        continue;
                    }

                    await UpdateStatsAsync(stoppingToken);
                }

                var sent = await SendHandedOverAsync(stoppingToken);
                if (handoff.TakeScanWanted() || DateTime.UtcNow >= nextScan)
                {
                    nextScan = DateTime.UtcNow + ScanEvery;
                    var (fromTable, limited, chatWait) = await PumpAsync(stoppingToken);
                    if (fromTable > 0 || limited)
                    {
                        handoff.WantScan(); // heads wait behind the limit: look again as soon as it allows
                    }

                    if (chatWait is { } untilChatReady)
                    {
                        nextScan = DateTime.UtcNow + Min(ScanEvery, untilChatReady); // a chat's spacing ends before the next round
                    }

                    sent += fromTable;
                }

                if (sent == 0)
                {
                    // Nothing could go now: wait for new work, a chat's spacing to end, or the global window to free a slot.
                    var globalWait = pacer.GlobalDelay();
                    var wait = Min(ScanEvery, Max(nextScan - DateTime.UtcNow, TimeSpan.FromMilliseconds(1)));
                    await signal.WaitAsync(globalWait > TimeSpan.Zero ? Min(globalWait, wait) : wait, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbound sender loop failed; retrying");
                KernelMetrics.Errors.WithLabels("kernel", "outbound").Inc();
                await leadership.ReleaseAsync();
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await WaitForInFlightAsync();
        await leadership.ReleaseAsync();
    }

    /// <summary>
    /// Starts sending due heads, most urgent first, while the global limit allows; returns how many it started. It
    /// stops at the limit instead of waiting, so the next pass queries again and an urgent message queued meanwhile
    /// goes ahead of the rest.
    /// </summary>
    private async Task<(int Started, bool Limited, TimeSpan? ChatWait)> PumpAsync(CancellationToken ct)
    {
        var count = 0;
        TimeSpan? chatWait = null;
        foreach (var head in await store.DueHeadsAsync(500, ct))
        {
            if (pacer.GlobalDelay() > TimeSpan.Zero)
            {
                return (count, true, chatWait);
            }

            if (!pacer.ChatReady(head.ChatId))
            {
                var delay = pacer.ChatDelay(head.ChatId);
                chatWait = chatWait is { } soonest && soonest < delay ? soonest : delay;
                continue;
            }

            count += await TryStartAsync(head, ct) ? 1 : 0;
        }

        return (count, false, chatWait);
    }

    /// <summary>Heads handed over after commits; one that cannot go now stays for the next scan of the table.</summary>
    private async Task<int> SendHandedOverAsync(CancellationToken ct)
    {
        var count = 0;
        while (handoff.TryTake(out var head))
        {
            if (!leadership.Held || pacer.GlobalDelay() > TimeSpan.Zero || !await TryStartAsync(head, ct))
            {
                handoff.WantScan();
                continue;
            }

            count++;
        }

        return count;
    }

    /// <summary>
    /// Starts one head: reads it (and the id of the message an edit changes) first, then takes its slot and puts it
    /// on the wire at once, on this thread — so the moment the pacer counts is the moment the request leaves, and no
    /// query or thread hop between the two can bunch requests up at Telegram's end.
    /// </summary>
    private async Task<bool> TryStartAsync(QueuedMessage head, CancellationToken ct)
    {
        if (IsStarted(head.Id) || IsInFlight(head.ChatId) || !pacer.ChatReady(head.ChatId) || pacer.GlobalDelay() > TimeSpan.Zero)
        {
            return false;
        }

        await slots!.WaitAsync(ct);
        try
        {
            if (await PrepareAsync(head, ct) is not { } request)
            {
                slots.Release();
                handoff.WantScan(); // dropped: the chat's next message is its head now
                return false;
            }

            if (pacer.Take(head.ChatId) is not { } slot)
            {
                slots.Release();
                return false;
            }

            lock (inFlightGate)
            {
                inFlight.Add(head.ChatId);
                started[head.Id] = 0;
            }

            _ = SendOneAsync(head, request.Message, request.Target, slot, ct);
            return true;
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    /// <returns>The message and the id it changes (for edits), or null when it was dropped as unsendable.</returns>
    private async Task<(StoredMessage Message, int? Target)?> PrepareAsync(QueuedMessage head, CancellationToken ct)
    {
        StoredMessage message;
        try
        {
            message = JsonSerializer.Deserialize<StoredMessage>(head.Payload, OutboundWriter.Json)!;
        }
        catch (JsonException ex)
        {
            logger.LogError(ex, "Message {OutboundId} to chat {ChatId} is unreadable", head.Id, head.ChatId);
            await DropAsync(head, "rejected", ex.Message, ct);
            return null;
        }

        int? target = message.MessageId;
        if (TelegramRequests.NeedsTarget(message.Kind) && target is null && message.EditOf is { } earlier)
        {
            target = await store.MessageIdOfAsync(earlier, ct);
            if (target is null)
            {
                await DropAsync(head, "rejected", "the message to change was never delivered", ct);
                return null;
            }
        }

        return (message, target);
    }

    private async Task SendOneAsync(QueuedMessage head, StoredMessage message, int? target, SendSlot slot, CancellationToken ct)
    {
        var (sent, pending) = (false, false);
        try
        {
            int? messageId;
            try
            {
                messageId = await TelegramRequests.SendAsync(clients.Sender, head.ChatId, message, target, ct);
            }
            finally
            {
                pacer.Answered(slot);
            }

            sent = true;
            var (replaced, chatHasMore) = await store.MarkSentAsync(head.Id, head.Payload, messageId, ct);
            pending = replaced; // newer content arrived while this was on its way: it goes next
            if (chatHasMore)
            {
                handoff.WantScan(); // the chat's next message waits in the table
            }

            GatewayMetrics.OutboundSent.Inc();
        }
        catch (ApiRequestException ex)
        {
            pending = await HandleApiErrorAsync(head, ex, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is RequestException or HttpRequestException or TaskCanceledException or IOException)
        {
            pending = await RetryAsync(head, ex.Message, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Message {OutboundId} to chat {ChatId} could not be sent", head.Id, head.ChatId);
            await DropAsync(head, "rejected", ex.Message, ct);
        }
        finally
        {
            lock (inFlightGate)
            {
                inFlight.Remove(head.ChatId);
                if (pending)
                {
                    started.Remove(head.Id); // it goes again when due
                }
                else
                {
                    started[head.Id] = Environment.TickCount64;
                }
            }

            if (!sent)
            {
                handoff.WantScan(); // deferred, dropped or blocked: the table decides what goes next
            }

            slots!.Release();
            signal.Pulse(); // the chat's next message may go as soon as its spacing allows
        }
    }

    /// <returns>True when the message stays pending (deferred until it is due again).</returns>
    private async Task<bool> HandleApiErrorAsync(QueuedMessage head, ApiRequestException ex, CancellationToken ct)
    {
        switch (ex.ErrorCode)
        {
            case 429:
                var retryAfter = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
                GatewayMetrics.OutboundTooManyRequests.Inc();
                pacer.TooManyRequests(head.ChatId, retryAfter);
                await store.DeferAsync(head.Id, retryAfter, ex.Message, ct);
                return true;
            case 403:
                logger.LogInformation("Chat {ChatId} blocked the bot or cannot be written to: {Reason}", head.ChatId, ex.Message);
                GatewayMetrics.OutboundDropped.WithLabels("blocked").Inc();
                await store.BlockChatAsync(head.ChatId, ct);
                return false;
            case 400 when ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase):
                return (await store.MarkSentAsync(head.Id, head.Payload, null, ct)).StillPending; // the chat already shows exactly this
            case >= 500:
                return await RetryAsync(head, ex.Message, ct);
            default:
                logger.LogWarning("Bot API refused message {OutboundId} to chat {ChatId}: {Code} {Reason}", head.Id, head.ChatId, ex.ErrorCode, ex.Message);
                await DropAsync(head, "rejected", $"{ex.ErrorCode} {ex.Message}", ct);
                return false;
        }
    }

    /// <returns>True when the message stays pending for another attempt; false when it was given up.</returns>
    private async Task<bool> RetryAsync(QueuedMessage head, string error, CancellationToken ct)
    {
        if (head.Attempts + 1 >= MaxAttempts)
        {
            await DropAsync(head, "gave_up", error, ct);
            return false;
        }

        GatewayMetrics.OutboundRetried.Inc();
        await store.DeferAsync(head.Id, Backoff(head.Attempts + 1), error, ct);
        return true;
    }

    private async Task DropAsync(QueuedMessage head, string reason, string error, CancellationToken ct)
    {
        GatewayMetrics.OutboundDropped.WithLabels(reason).Inc();
        await store.FailAsync(head.Id, reason == "gave_up" ? "failed" : "dropped", error, ct);
    }

    /// <summary>0.5 s doubling up to 30 s: a 60-second outage of the Bot API is caught up within half a minute.</summary>
    internal static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMilliseconds(Math.Min(30_000, 500 * Math.Pow(2, Math.Max(0, attempts - 1))));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private bool IsInFlight(long chatId)
    {
        lock (inFlightGate)
        {
            return inFlight.Contains(chatId);
        }
    }

    /// <summary>Started and not finished, or finished so recently that a scan may still have read it as pending.</summary>
    private bool IsStarted(long id)
    {
        lock (inFlightGate)
        {
            return started.TryGetValue(id, out var finished) && (finished == 0 || Environment.TickCount64 - finished < 10_000);
        }
    }

    private void ForgetFinished()
    {
        lock (inFlightGate)
        {
            foreach (var id in started.Where(s => s.Value != 0 && Environment.TickCount64 - s.Value >= 10_000).Select(s => s.Key).ToList())
            {
                started.Remove(id);
            }
        }
    }

    private async Task UpdateStatsAsync(CancellationToken ct)
    {
        ForgetFinished();
        var (depth, oldest) = await store.StatsAsync(ct);
        GatewayMetrics.OutboundDepth.Set(depth);
        GatewayMetrics.OutboundOldestSeconds.Set(oldest);
        pacer.Trim();
        await store.DeleteFinishedBeforeAsync(TimeSpan.FromDays(2), ct);
    }

    private async Task WaitForInFlightAsync()
    {
        for (var i = 0; i < 100 && inFlight.Count > 0; i++)
        {
            await Task.Delay(50);
        }
    }
}
