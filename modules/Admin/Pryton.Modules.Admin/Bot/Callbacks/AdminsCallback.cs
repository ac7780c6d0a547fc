using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>"👥 Organisers" on the panel.</summary>
[BotCallback("admins", Audience.Admin)]
internal sealed class AdminsCallback(AdminsScreen screen) : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => screen.ShowAsync(ctx, ct);
}
