using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Events;
using Pryton.Modules.__Module__.Data;
using Pryton.Modules.__Module__.Domain;

namespace Pryton.Modules.__Module__.Application;

/// <summary>
/// Runs in its own unit of work after Registration committed; (event, handler) is recorded there, so a redelivered
/// event does not count a player twice.
/// </summary>
internal sealed class CountNewcomerOnPlayerRegistered(__Module__DbContext db, TimeProvider clock) : IEventHandler<PlayerRegistered>
{
    public async Task HandleAsync(PlayerRegistered @event, CancellationToken ct)
    {
        if (!await db.Newcomers.AnyAsync(n => n.UserId == @event.UserId, ct))
        {
            db.Newcomers.Add(new Newcomer { UserId = @event.UserId, SeenAt = clock.GetUtcNow() });
        }
    }
}
