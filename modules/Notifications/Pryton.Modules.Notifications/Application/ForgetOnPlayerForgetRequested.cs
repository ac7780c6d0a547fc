using Pryton.Contracts.Registration;
using Pryton.Kernel.Events;

namespace Pryton.Modules.Notifications.Application;

/// <summary>Forget-me in Notifications: the player's subscriptions, preferences and countdown messages go.</summary>
internal sealed class ForgetOnPlayerForgetRequested(Subscriptions subscriptions, Countdowns countdowns) : IEventHandler<PlayerForgetRequested>
{
    public async Task HandleAsync(PlayerForgetRequested @event, CancellationToken ct)
    {
        await subscriptions.ForgetAsync(@event!.UserId, ct);
        await countdowns.ForgetAsync(@event.UserId, ct);
    }
}
