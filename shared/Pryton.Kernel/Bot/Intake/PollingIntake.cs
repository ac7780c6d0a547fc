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
/// <c>kernel.processed_updates</c> skips what was already done. Pending updates are never dropped at start.
/// </summary>
internal sealed class PollingIntake(BotClients clients, UpdatePipeline pipeline, GatewayOptions options, IntakeHealth health, ILogger<PollingIntake> logger)
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
        var byChat = updates.GroupBy(u => UpdateSource.Of(u)?.ChatId ?? 0).Select(g => g.OrderBy(u => u.Id).ToList());
        await Parallel.ForEachAsync(byChat, new ParallelOptions { MaxDegreeOfParallelism = options.IntakeParallelism, CancellationToken = ct },
            async (chatUpdates, token) =>
            {
                foreach (var update in chatUpdates)
                {
                    await pipeline.HandleAsync(update, token);
                }
            });
    }

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
