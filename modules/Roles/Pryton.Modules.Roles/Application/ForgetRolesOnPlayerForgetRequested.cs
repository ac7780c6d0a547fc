using Pryton.Contracts.Registration;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;

namespace Pryton.Modules.Roles.Application;

/// <summary>Forget-me in Roles: the player's roles go (they only served the draw's fairness and running games).</summary>
internal sealed class ForgetRolesOnPlayerForgetRequested(DbSession session) : IEventHandler<PlayerForgetRequested>
{
    public Task HandleAsync(PlayerForgetRequested @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return session.ExecuteAsync("DELETE FROM roles.assignments WHERE user_id = @u", ct, ("u", @event.UserId));
    }
}
