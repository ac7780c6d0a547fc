using Pryton.Kernel.Bot;

namespace Pryton.Modules.Notifications.Bot.Commands;

/// <summary>/notifications: switch the non-essential kinds on or off.</summary>
[BotCommand("notifications", Audience.Player)]
internal sealed class NotificationsCommand(PreferenceScreen screen) : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => screen.ShowAsync(ctx, inPlace: false, ct);
}
