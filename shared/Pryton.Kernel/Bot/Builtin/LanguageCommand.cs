using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Builtin;

/// <summary><c>/language</c>: pick Russian or English; the choice is kept over Telegram's language.</summary>
[BotCommand("language", Audience.Anyone)]
internal sealed class LanguageCommand : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply(TextRef.Of("kernel.language.pick", new { current = ctx.T($"kernel.language.name.{ctx.Language}") }), Keyboard.Inline(
        [
            Button.Callback("kernel.language.name.ru", CallbackData.Create("kernel", "language", Language.Russian)),
            Button.Callback("kernel.language.name.en", CallbackData.Create("kernel", "language", Language.English)),
        ]));
        return Task.CompletedTask;
    }
}
