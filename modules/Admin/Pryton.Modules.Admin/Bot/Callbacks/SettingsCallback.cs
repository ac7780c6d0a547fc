using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>"⚙️ Settings" and every tap on its pages: the change is applied to what is stored now, then the page is redrawn.</summary>
[BotCallback("settings", Audience.Admin)]
internal sealed class SettingsCallback(SettingsScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs.Count == 0)
        {
            await screen.ShowAsync(ctx, "switches", ct);
            return;
        }

        var (page, changed) = await screen.ApplyAsync(ctx.CallbackArgs, ctx.UserId, ct);
        if (page is null)
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        if (!changed)
        {
            ctx.Toast("admin.settings.at-limit");
            return;
        }

        await screen.ShowAsync(ctx, page, ct);
    }
}
