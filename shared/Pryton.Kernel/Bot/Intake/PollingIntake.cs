using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pryton.Kernel.Observability;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Pryton.Kernel.Bot.Intake;

/// <summary>
/// Long polling. A batch is split by chat: chats run in parallel (bounded), each chat's updates in order. The offset
/// moves past a batch only after every update in it committed, so a crash brings the batch back and
/// <c>kernel.processed_updates</c> skips what was already done. Pending updates are never dropped at start. The
/// live-location moves that end a chat's part of a batch are committed together afterwards (<see cref="LiveLocationBatch"/>).
/// </summary>
internal sealed class PollingIntake(
    BotClients clients, UpdatePipeline pipeline, LiveLocationBatch moves, GatewayOptions options, IntakeHealth health, ILogger<PollingIntake> logger)
    : BackgroundService
{
    private static readonly UpdateType[] Allowed = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await LeaveWebhookModeAsync(stoppingToken);
        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await clients.Intake.GetUpdates(offset, 100, options.PollTimeoutSeconds, Allowed, stoppingToken);
                health.Polled();
                if (updates.Length > 0)
                {
                    await HandleBatchAsync(updates, stoppingToken);
                    offset = updates.Max(u => u.Id) + 1;
                }

                failures = 0;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                failures++;
                health.Failed(ex.Message);
                KernelMetrics.Errors.WithLabels("kernel", "intake").Inc();
                logger.LogWarning(ex, "Polling failed ({Failures} in a row); the batch is not acknowledged and comes back", failures);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, failures)), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task HandleBatchAsync(Update[] updates, CancellationToken ct)
    {
        var byChat = updates.GroupBy(u => UpdateSource.Of(u)?.ChatId ?? 0).Select(g => g.OrderBy(u => u.Id).ToList()).ToList();
        var (each, together) = moves.Enabled ? SplitTrailingMoves(byChat) : (byChat, []);
        await HandleEachAsync(each, ct);
        if (!await moves.TryHandleAsync(together, ct))
        {
            await HandleEachAsync(together.GroupBy(u => u.EditedMessage!.Chat.Id).Select(g => g.ToList()).ToList(), ct);
        }
    }

    /// <summary>
    /// Live-location moves after a chat's last other update in the batch go together in one commit once the chats'
    /// other updates are done; a move between two other updates stays in its place.
    /// </summary>
    private static (List<List<Update>> Each, List<Update> Together) SplitTrailingMoves(List<List<Update>> byChat)
    {
        var together = new List<Update>();
        var each = new List<List<Update>>();
        foreach (var chat in byChat)
        {
            var firstTrailing = chat.FindLastIndex(u => !LiveLocationBatch.IsMove(u)) + 1;
            together.AddRange(chat.Skip(firstTrailing));
            if (firstTrailing > 0)
            {
                each.Add(chat.Take(firstTrailing).ToList());
            }
        }

        return (each, together);
    }

    private Task HandleEachAsync(List<List<Update>> byChat, CancellationToken ct) =>
        Parallel.ForEachAsync(byChat, new ParallelOptions { MaxDegreeOfParallelism = options.IntakeParallelism, CancellationToken = ct },
            async (chatUpdates, token) =>
            {
                foreach (var update in chatUpdates)
                {
                    await pipeline.HandleAsync(update, token);
                }
            });

    private async Task LeaveWebhookModeAsync(CancellationToken ct)
    {
        try
        {
            // Polling and a webhook exclude each other; keep whatever Telegram queued meanwhile.
            await clients.Intake.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct);
        }
        catch (RequestException ex)
        {
            logger.LogWarning("deleteWebhook failed ({Reason}); polling anyway", ex.Message);
        }
    }
}
