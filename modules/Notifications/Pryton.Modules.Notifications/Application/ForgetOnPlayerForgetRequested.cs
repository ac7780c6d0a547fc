using Pryton.Contracts.Registration;
using Pryton.Kernel.Events;

namespace Pryton.Modules.Notifications.Application;

/// <summary>Forget-me in Notifications: the player's subscriptions and preferences go.</summary>
internal sealed class ForgetOnPlayerForgetRequested(Subscriptions subscriptions) : IEventHandler<PlayerForgetRequested>
{
    public Task HandleAsync(PlayerForgetRequested @event, CancellationToken ct) => subscriptions.ForgetAsync(@event!.UserId, ct);
}
