using Pryton.Contracts.Games;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Events;

namespace Pryton.Modules.Geo.Application;

/// <summary>The hiding begins: every player is asked to share live location for the rest of the game, with a how-to.</summary>
internal sealed class AskForLiveLocationOnHidingPhaseStarted(IOutbound outbound) : IEventHandler<HidingPhaseStarted>
{
    public Task HandleAsync(HidingPhaseStarted @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return outbound.SendToManyAsync([.. @event.Drivers, .. @event.Seekers], OutboundMessage.Of("geo.live.ask"), ct: ct);
    }
}
