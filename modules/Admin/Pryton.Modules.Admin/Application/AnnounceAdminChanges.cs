using Pryton.Contracts.Admin;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Events;

namespace Pryton.Modules.Admin.Application;

/// <summary>
/// After a grant or a revocation is committed: the person is told, their keyboard gains or loses the panel, and the
/// admin commands appear in or leave their command menu.
/// </summary>
internal sealed class AnnounceAdminChanges(IOutbound outbound, IContextMenu menu, ICommandMenus commands) : IEventHandler<AdminGranted>, IEventHandler<AdminRevoked>
{
    public async Task HandleAsync(AdminGranted @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        await outbound.SendAsync(@event.UserId, OutboundMessage.Of("admin.grant.you"), ct: ct);
        await menu.RefreshAsync(@event.UserId, ct);
        await commands.PublishAsync(ct);
    }

    public async Task HandleAsync(AdminRevoked @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        await outbound.SendAsync(@event.UserId, OutboundMessage.Of("admin.revoke.you"), ct: ct);
        await menu.RefreshAsync(@event.UserId, ct);
        await commands.WithdrawAsync(@event.UserId, ct);
    }
}
