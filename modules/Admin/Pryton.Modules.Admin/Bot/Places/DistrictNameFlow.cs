using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot.Places;

/// <summary>A new district's name, or a new name for one.</summary>
[BotFlow("place-name", Audience = Audience.Admin)]
internal sealed class DistrictNameFlow(IDistrictEditor editor, AuditTrail audit) : ConversationFlow<DistrictNameDraft>
{
    public const int NameMax = 60;

    public override string FirstStep => "name";

    public override Task AskAsync(string step, DistrictNameDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply(TextRef.Of("admin.places.ask-district", new { max = NameMax }));
        return Task.CompletedTask;
    }

    public override Task<StepResult<DistrictNameDraft>> HandleAsync(string step, DistrictNameDraft draft, UpdateContext ctx, CancellationToken ct) =>
        Task.FromResult(ctx.Callback is null && ctx.Text?.Trim() is { Length: >= 2 and <= NameMax } name && !name.StartsWith('/')
            ? StepResult<DistrictNameDraft>.Done(draft)
            : StepResult<DistrictNameDraft>.Stay(TextRef.Of("admin.places.bad-name", new { max = NameMax })));

    public override async Task CompleteAsync(DistrictNameDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var name = ctx.Text!.Trim();
        var id = draft.DistrictId is { } existing && await editor.RenameDistrictAsync(existing, name, ct) ? existing : await editor.AddDistrictAsync(name, ct);
        await audit.WriteAsync(ctx.UserId, draft.DistrictId is null ? "admin.district-add" : "admin.district-rename", $"{id}:{name}", allowed: true, ct);
        ctx.Reply(TextRef.Of("admin.places.saved-district", new { name }), Kernel.Bot.Outbound.Keyboard.Inline(
            [Kernel.Bot.Outbound.Button.Callback("admin.places.open", PlacesScreen.Data("d", id))]));
    }
}
