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

    /// <summary>What the bot echoed back to a person, oldest first (the text after "Вы написали: ").</summary>
    public static List<string> Echoes(Testing.VirtualUser person) =>
        [.. person.Inbox.Where(m => m.Text?.StartsWith("Вы написали: ", StringComparison.Ordinal) == true).Select(m => m.Text!["Вы написали: ".Length..])];
}
