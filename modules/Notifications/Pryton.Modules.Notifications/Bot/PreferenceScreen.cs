using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Notifications.Application;

namespace Pryton.Modules.Notifications.Bot;

/// <summary>What can be switched off, as it stands; game-flow notices are always on and the text says so.</summary>
internal sealed class PreferenceScreen(Preferences preferences)
{
    public async Task ShowAsync(UpdateContext ctx, bool inPlace, CancellationToken ct)
    {
        var (announcements, early) = await preferences.OfAsync(ctx.UserId, ct);
        var keyboard = Keyboard.Inline(
            [Button.Callback(TextRef.Of(announcements ? "notifications.prefs.announcements-on" : "notifications.prefs.announcements-off"), CallbackData.Create("notifications", "pref", "announcements"))],
            [Button.Callback(TextRef.Of(early ? "notifications.prefs.early-on" : "notifications.prefs.early-off"), CallbackData.Create("notifications", "pref", "early"))]);
        if (inPlace)
        {
            ctx.EditOrReply("notifications.prefs.text", keyboard);
        }
        else
        {
            ctx.Reply("notifications.prefs.text", keyboard);
        }
    }
}
