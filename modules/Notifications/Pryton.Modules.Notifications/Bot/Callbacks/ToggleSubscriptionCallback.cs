using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Notifications.Application;

namespace Pryton.Modules.Notifications.Bot.Callbacks;

/// <summary>Subscribes to or leaves one district's announcements (an inactive or unknown district changes nothing).</summary>
[BotCallback("sub", Audience.Player)]
internal sealed class ToggleSubscriptionCallback(Subscriptions subscriptions, IDistrictDirectory districts, SubscriptionScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw] || !long.TryParse(raw, out var districtId)
            || !(await districts.ListActiveAsync(ct)).Any(d => d.Id == districtId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        var on = await subscriptions.ToggleAsync(ctx.UserId, districtId, ct);
        ctx.Toast(on ? "notifications.subscribe.on" : "notifications.subscribe.off");
        await screen.ShowAsync(ctx, inPlace: true, ct);
    }
}
