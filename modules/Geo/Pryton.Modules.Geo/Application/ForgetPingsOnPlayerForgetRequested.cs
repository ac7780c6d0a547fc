using Pryton.Contracts.Registration;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;

namespace Pryton.Modules.Geo.Application;

/// <summary>Forget-me in Geo: every point and position of the player goes at once, summaries included.</summary>
internal sealed class ForgetPingsOnPlayerForgetRequested(DbSession session) : IEventHandler<PlayerForgetRequested>
{
    public async Task HandleAsync(PlayerForgetRequested @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        await using var batch = session.Batch(
            ("DELETE FROM geo.pings WHERE user_id = @u", [("u", @event.UserId)]),
            ("DELETE FROM geo.positions WHERE user_id = @u", [("u", @event.UserId)]),
            ("DELETE FROM geo.track_summaries WHERE user_id = @u", [("u", @event.UserId)]));
        await batch.ExecuteNonQueryAsync(ct);
    }
}
