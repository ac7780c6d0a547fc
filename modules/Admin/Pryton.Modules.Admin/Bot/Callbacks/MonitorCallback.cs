using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>"📈 Monitoring" on the panel.</summary>
[BotCallback("monitor", Audience.Admin)]
internal sealed class MonitorCallback(MonitorScreen screen) : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => screen.ShowAsync(ctx, ct);
}
