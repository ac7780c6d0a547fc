using Pryton.Kernel.Bot;

namespace Pryton.Modules.Notifications.Bot.Commands;

/// <summary>/subscribe: pick the districts whose new games you want to hear of.</summary>
[BotCommand("subscribe", Audience.Player)]
internal sealed class SubscribeCommand(SubscriptionScreen screen) : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => screen.ShowAsync(ctx, inPlace: false, ct);
}
