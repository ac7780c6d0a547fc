using System.Globalization;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot.Rules;

/// <summary>"📜 Rules": the version in force, and a new one.</summary>
[BotCallback("rules-screen", Audience.Admin)]
internal sealed class RulesCallback(IRulesBook rules) : ICallbackHandler
{
    public const int Preview = 600;

    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is ["new"])
        {
            ctx.StartFlow<RulesFlow>(new RulesDraft());
            return;
        }

        var current = await rules.CurrentAsync(ct);
        var text = current.TextRu.Length > Preview ? current.TextRu[..Preview] + "…" : current.TextRu;
        ctx.EditOrReply(TextRef.Of("admin.rules.current", new
        {
            version = current.Version,
            date = current.PublishedAt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            english = TextRef.Of(string.IsNullOrWhiteSpace(current.TextEn) ? "admin.rules.no-english" : "admin.rules.has-english"),
            text,
        }), Keyboard.Inline(
            [Button.Callback("admin.rules.new", CallbackData.Create(AdminKeyboards.Module, "rules-screen", "new"))],
            [Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "panel"))]));
    }
}
