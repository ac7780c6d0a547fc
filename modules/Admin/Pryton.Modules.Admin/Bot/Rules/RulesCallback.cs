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

    public const int History = 5;

    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is ["new"])
        {
            ctx.StartFlow<RulesFlow>(new RulesDraft());
            return;
        }

        var history = await rules.HistoryAsync(History + 1, ct);
        var current = history[0];
        var text = current.TextRu.Length > Preview ? current.TextRu[..Preview] + "…" : current.TextRu;
        ctx.EditOrReply(TextRef.Of("admin.rules.current", new
        {
            version = current.Version,
            date = current.PublishedAt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            english = TextRef.Of(string.IsNullOrWhiteSpace(current.TextEn) ? "admin.rules.no-english" : "admin.rules.has-english"),
            text,
            earlier = history.Count == 1 ? (object)TextRef.Of("admin.rules.no-earlier") : new TextLines([.. history.Skip(1).Select(v => TextRef.Of("admin.rules.earlier", new
            {
                version = v.Version, date = v.PublishedAt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), length = v.TextRu.Length,
            }))]),
        }), Keyboard.Inline(
            [Button.Callback("admin.rules.new", CallbackData.Create(AdminKeyboards.Module, "rules-screen", "new"))],
            [Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "panel"))]));
    }
}
