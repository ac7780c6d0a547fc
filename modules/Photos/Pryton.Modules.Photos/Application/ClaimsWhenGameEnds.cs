using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Events;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.Texts;
using Pryton.Modules.Photos.Jobs;

namespace Pryton.Modules.Photos.Application;

/// <summary>
/// Claims still undecided when a game ends. After a completed game they stay open (their reminders keep running):
/// deciding one updates the results. A cancelled game has nothing left to decide, so they are closed.
/// </summary>
internal sealed class ClaimsWhenGameEnds(PhotoStore store, IGameQueries games, IAdminDirectory admins, IOutbound outbound, IJobScheduler jobs)
    : IEventHandler<GameCompleted>, IEventHandler<GameCanceled>
{
    public async Task HandleAsync(GameCompleted @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var pending = await store.PendingClaimsAsync(@event.GameId, ct);
        if (pending.Count == 0)
        {
            return;
        }

        var title = (await games.FindAsync(@event.GameId, ct))?.Title ?? "#" + @event.GameId;
        var to = await admins.AdminIdsAsync(ct);
        await outbound.SendToManyAsync(to, OutboundMessage.Of(TextRef.Of("photos.admin.pending-after-end", new { title, count = pending.Count })), ct: ct);
    }

    public async Task HandleAsync(GameCanceled @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        await store.CloseClaimsAsync(@event.GameId, "canceled", ct);
        await jobs.CancelScopeAsync(ClaimTimeoutData.Scope(@event.GameId), ct);
    }
}
