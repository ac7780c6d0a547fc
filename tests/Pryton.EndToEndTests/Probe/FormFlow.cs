using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Database;
using Pryton.Kernel.Texts;

namespace Pryton.EndToEndTests.Probe;

/// <summary>Three steps, one of each kind of answer: typed text, an inline button, a reply-keyboard choice.</summary>
[BotFlow("form")]
internal sealed class FormFlow(DbSession session) : ConversationFlow<FormDraft>
{
    public override string FirstStep => "name";

    public override Task AskAsync(string step, FormDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        switch (step)
        {
            case "name":
                ctx.Reply("probe.form.ask-name", Keyboard.Remove);
                break;
            case "color":
                ctx.Reply(TextRef.Of("probe.form.ask-color", new { name = draft.Name }), Keyboard.Inline(
                    [Button.Callback("probe.form.red", CallbackData.Create("probe", "form", "red")),
                     Button.Callback("probe.form.blue", CallbackData.Create("probe", "form", "blue"))]));
                break;
            default:
                ctx.Reply(TextRef.Of("probe.form.ask-confirm", new { name = draft.Name, color = draft.Color }), Keyboard.Reply(
                    [Button.Choice("probe.form.yes", "yes"), Button.Choice("probe.form.no", "no")]));
                break;
        }

        return Task.CompletedTask;
    }

    public override Task<StepResult<FormDraft>> HandleAsync(string step, FormDraft draft, UpdateContext ctx, CancellationToken ct) =>
        Task.FromResult(step switch
        {
            "name" => ctx.Message?.Text is { Length: >= 2 and <= 50 } name && !name.StartsWith('/')
                ? StepResult<FormDraft>.Next("color", draft with { Name = name.Trim() })
                : StepResult<FormDraft>.Stay("probe.form.name-invalid"),
            "color" => ctx.CallbackArgs is [var color] && color is "red" or "blue"
                ? StepResult<FormDraft>.Next("confirm", draft with { Color = color })
                : StepResult<FormDraft>.Stay("probe.form.use-buttons"),
            _ => ctx.Choice switch
            {
                "yes" => StepResult<FormDraft>.Done(draft),
                "no" => StepResult<FormDraft>.Abort("probe.form.discarded"),
                _ => StepResult<FormDraft>.Stay("probe.form.use-buttons"),
            },
        });

    public override async Task CompleteAsync(FormDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        await using var command = session.Command("INSERT INTO probe.forms (chat_id, name, color) VALUES (@chat, @name, @color)");
        command.Parameters.AddWithValue("chat", ctx.ChatId);
        command.Parameters.AddWithValue("name", draft.Name!);
        command.Parameters.AddWithValue("color", draft.Color!);
        await command.ExecuteNonQueryAsync(ct);
        ctx.Reply("probe.form.saved", Keyboard.Remove);
    }
}
