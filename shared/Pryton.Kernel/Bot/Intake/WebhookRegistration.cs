using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Pryton.Kernel.Bot.Intake;

/// <summary>In webhook mode, tells Telegram where to send updates, with the secret token it must echo back.</summary>
internal sealed class WebhookRegistration(BotClients clients, GatewayOptions options, IntakeHealth health, ILogger<WebhookRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await clients.Intake.SetWebhook(options.WebhookUrl!, secretToken: options.WebhookSecret,
                    allowedUpdates: [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember],
                    dropPendingUpdates: false, cancellationToken: stoppingToken);
                health.Polled();
                logger.LogInformation("Webhook set; updates arrive over HTTPS");
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                health.Failed(ex.Message);
                logger.LogWarning("setWebhook failed (attempt {Attempt}): {Reason}", attempt, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, attempt * 5)), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
