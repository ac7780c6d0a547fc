using Pryton.Kernel.Bot;
using Pryton.Modules.Notifications.Application;

namespace Pryton.Modules.Notifications.Bot.Callbacks;

/// <summary>Switches one non-essential kind on or off.</summary>
[BotCallback("pref", Audience.Player)]
internal sealed class TogglePreferenceCallback(Preferences preferences, PreferenceScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var kind and ("announcements" or "early")])
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        var on = await preferences.ToggleAsync(ctx.UserId, kind, ct);
        ctx.Toast(on ? "notifications.prefs.turned-on" : "notifications.prefs.turned-off");
        await screen.ShowAsync(ctx, inPlace: true, ct);
    }
}
