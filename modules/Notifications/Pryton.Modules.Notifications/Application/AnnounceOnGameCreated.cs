using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Events;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Notifications.Application;

/// <summary>A new game is announced to its district's subscribers, with a Join button, through the paced queue.</summary>
internal sealed class AnnounceOnGameCreated(Subscriptions subscriptions, IDistrictDirectory districts, IOutbound outbound) : IEventHandler<GameCreated>
{
    public async Task HandleAsync(GameCreated @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var to = await subscriptions.AnnounceToAsync(@event.DistrictId, ct);
        if (to.Count == 0)
        {
            return;
        }

        var local = TimeZoneInfo.ConvertTime(@event.StartsAt, TimeZoneInfo.FindSystemTimeZoneById(@event.TimeZone));
        var text = TextRef.Of("notifications.announce", new
        {
            title = @event.Title,
            district = (await districts.FindAsync(@event.DistrictId, ct))?.Name ?? "—",
            start = local.ToString("dd.MM HH:mm", CultureInfo.InvariantCulture),
        });
        var join = Keyboard.Inline(
            [Button.Callback("notifications.announce.join", CallbackData.Create(GameScreens.Module, GameScreens.JoinAction, @event.GameId)),
             Button.Callback("notifications.announce.open", CallbackData.Create(GameScreens.Module, GameScreens.OpenAction, @event.GameId))]);
        await outbound.SendToManyAsync(to, OutboundMessage.Of(text, join), ct: ct);
    }
}
