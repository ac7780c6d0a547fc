using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;

namespace Pryton.EndToEndTests.Probe;

/// <summary>Echoes user text inside a template: the user's characters must never break Telegram HTML.</summary>
[BotCommand("echo", Audience.Anyone)]
internal sealed class EchoCommand : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply(TextRef.Of("probe.echo", new { text = ctx.CommandArgs }));
        return Task.CompletedTask;
    }
}
