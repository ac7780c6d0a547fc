using System.Globalization;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot.Rules;

/// <summary>
/// Publishing new rules: the Russian text, the English one (or skip — Russian is shown to everyone), a preview, and
/// "publish". Players accept the new version before their next game.
/// </summary>
[BotFlow(Flow, Audience = Audience.Admin)]
internal sealed class RulesFlow(IRulesBook rules, AuditTrail audit) : ConversationFlow<RulesDraft>
{
    public const string Flow = "rules";
    public const int TextMax = 3500;

    public override string FirstStep => "ru";

    public override TimeSpan Lifetime => TimeSpan.FromDays(1);

    public override Task AskAsync(string step, RulesDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        switch (step)
        {
            case "ru":
                ctx.Reply(TextRef.Of("admin.rules.ask-ru", new { max = TextMax }));
                break;
            case "en":
                ctx.Reply(TextRef.Of("admin.rules.ask-en", new { max = TextMax }), Keyboard.Inline([Button.Callback("admin.new.skip", Data("en", "skip"))]));
                break;
            default:
                ctx.Reply(TextRef.Of("admin.rules.preview", new { ru = draft.TextRu, en = draft.TextEn ?? "—" }), Keyboard.Inline(
                    [Button.Callback("admin.rules.publish", Data("preview", "publish"))],
                    [Button.Callback("admin.rules.redo", Data("preview", "redo"))]));
                break;
        }

        return Task.CompletedTask;
    }

    public override Task<StepResult<RulesDraft>> HandleAsync(string step, RulesDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var typed = ctx.Callback is null ? ctx.Text?.Trim() : null;
        var pressed = ctx.CallbackArgs is [var kind, var value] && kind == step ? value : null;
        return Task.FromResult((step, typed, pressed) switch
        {
            ("ru", { Length: > 0 and <= TextMax }, _) => StepResult<RulesDraft>.Next("en", draft with { TextRu = typed }),
            ("en", { Length: > 0 and <= TextMax }, _) => StepResult<RulesDraft>.Next("preview", draft with { TextEn = typed }),
            ("en", _, "skip") => StepResult<RulesDraft>.Next("preview", draft with { TextEn = null }),
            ("ru" or "en", _, _) => StepResult<RulesDraft>.Stay(TextRef.Of("admin.rules.bad-text", new { max = TextMax })),
            ("preview", _, "publish") => StepResult<RulesDraft>.Done(draft),
            ("preview", _, "redo") => StepResult<RulesDraft>.Next("ru", new RulesDraft()),
            _ => StepResult<RulesDraft>.Stay("admin.new.use-buttons"),
        });
    }

    public override async Task CompleteAsync(RulesDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var published = await rules.PublishAsync(draft.TextRu!, draft.TextEn, ctx.UserId, ct);
        await audit.WriteAsync(ctx.UserId, "admin.rules-publish", published.Version.ToString(CultureInfo.InvariantCulture), allowed: true, ct);
        ctx.Reply(TextRef.Of("admin.rules.published", new { version = published.Version }));
    }

    private static CallbackData Data(string kind, string value) => CallbackData.Create(AdminKeyboards.Module, Flow, kind, value);
}
