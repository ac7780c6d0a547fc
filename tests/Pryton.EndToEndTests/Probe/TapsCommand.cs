using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;

namespace Pryton.EndToEndTests.Probe;

[BotCommand("taps", Audience.Anyone)]
internal sealed class TapsCommand : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply("probe.taps", Keyboard.Inline(
            [Button.Callback("probe.one", CallbackData.Create("probe", "tap", 1)), Button.Callback("probe.two", CallbackData.Create("probe", "tap", 2))]));
        return Task.CompletedTask;
    }
}
