using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Notifications.Application;

namespace Pryton.Modules.Notifications.Bot;

/// <summary>The districts with a tick on those subscribed to; a tap toggles one.</summary>
internal sealed class SubscriptionScreen(Subscriptions subscriptions, IDistrictDirectory districts)
{
    public async Task ShowAsync(UpdateContext ctx, bool inPlace, CancellationToken ct)
    {
        var mine = await subscriptions.DistrictsOfAsync(ctx.UserId, ct);
        var keyboard = Keyboard.Inline(Keyboard.Grid((await districts.ListActiveAsync(ct)).Select(d => Button.Callback(
            TextRef.Plain((mine.Contains(d.Id) ? "✅ " : "▫️ ") + d.Name), CallbackData.Create("notifications", "sub", d.Id))), 2));
        if (inPlace)
        {
            ctx.EditOrReply("notifications.subscribe.text", keyboard);
        }
        else
        {
            ctx.Reply("notifications.subscribe.text", keyboard);
        }
    }
}
