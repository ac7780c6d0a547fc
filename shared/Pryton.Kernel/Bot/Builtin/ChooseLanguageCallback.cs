using Pryton.Kernel.Bot.Intake;
using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Builtin;

/// <summary>The language buttons of <c>/language</c>.</summary>
[BotCallback("language", Audience.Anyone)]
internal sealed class ChooseLanguageCallback(ChatStore chats) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var choice = ctx.CallbackArgs.Count == 1 ? ctx.CallbackArgs[0] : null;
        if (!Language.IsKnown(choice))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        await chats.ChooseLanguageAsync(ctx.ChatId, choice!, ct);
        ctx.Language = choice!;
        ctx.EditOrReply("kernel.language.chosen");
        ctx.Toast("kernel.language.chosen");
    }
}
