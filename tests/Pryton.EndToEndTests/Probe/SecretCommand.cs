using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;

namespace Pryton.EndToEndTests.Probe;

[BotCommand("secret", Audience.Admin)]
internal sealed class SecretCommand : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply("probe.secret", Keyboard.Inline([Button.Callback("probe.secret-button", CallbackData.Create("probe", "secret", 1))]));
        return Task.CompletedTask;
    }
}
