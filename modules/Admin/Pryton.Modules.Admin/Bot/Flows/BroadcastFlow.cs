using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot.Flows;

/// <summary>
/// A broadcast: to whom (everyone, a district, a game's players or its waitlist), the text, a preview with the
/// number of recipients, and "send". The text goes out as typed — no markup is interpreted.
/// </summary>
[BotFlow(Flow, Audience = Audience.Admin)]
internal sealed class BroadcastFlow(IDistrictDirectory districts, IGameQueries games, Broadcasts broadcasts) : ConversationFlow<BroadcastDraft>
{
    public const string Flow = "broadcast";

    private static readonly string[] Audiences = ["all", "district", "game", "waitlist"];

    public override string FirstStep => "audience";

    public override TimeSpan Lifetime => TimeSpan.FromHours(6);

    public override async Task AskAsync(string step, BroadcastDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        switch (step)
        {
            case "audience":
                ctx.Reply("admin.broadcast.ask-audience", Keyboard.Inline(Keyboard.Grid(
                    Audiences.Select(a => Button.Callback($"admin.broadcast.to-{a}", Data("audience", a))), 2)));
                break;
            case "district":
                ctx.Reply("admin.broadcast.ask-district", Keyboard.Inline(Keyboard.Grid(
                    (await districts.ListActiveAsync(ct)).Select(d => Button.Callback(TextRef.Plain(d.Name), Data("district", d.Id))), 2)));
                break;
            case "game":
                var open = await games.NotOverAsync(take: 20, ct);
                ctx.Reply(open.Count == 0 ? "admin.broadcast.no-games" : "admin.broadcast.ask-game", Keyboard.Inline(
                    open.Select(g => (IReadOnlyList<Button>)[Button.Callback(TextRef.Plain(g.Title), Data("game", g.Id))])));
                break;
            case "text":
                ctx.Reply(TextRef.Of("admin.broadcast.ask-text", new { max = Broadcasts.TextMax }));
                break;
            default:
                var count = (await broadcasts.RecipientsAsync(draft.Audience!, draft.TargetId, ct)).Count;
                ctx.Reply(TextRef.Of("admin.broadcast.preview", new { count, text = draft.Text }), Keyboard.Inline(
                    [Button.Callback("admin.broadcast.send", Data("preview", "send"))],
                    [Button.Callback("admin.broadcast.edit", Data("preview", "edit")), Button.Callback("admin.broadcast.retarget", Data("preview", "retarget"))]));
                break;
        }
    }

    public override async Task<StepResult<BroadcastDraft>> HandleAsync(string step, BroadcastDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var pressed = ctx.CallbackArgs is [var kind, var value] && kind == step ? value : null;
        var typed = ctx.Callback is null ? ctx.Text?.Trim() : null;
        switch (step)
        {
            case "audience" when pressed is "all":
                return Next(draft.Text is null ? "text" : "preview", draft with { Audience = pressed, TargetId = null });
            case "audience" when pressed is "district" or "game" or "waitlist":
                return Next(pressed == "district" ? "district" : "game", draft with { Audience = pressed });
            case "district" when long.TryParse(pressed, out var targetId) && (await districts.ListActiveAsync(ct)).Any(d => d.Id == targetId):
            case "game" when long.TryParse(pressed, out targetId) && (await games.NotOverAsync(take: 20, ct)).Any(g => g.Id == targetId):
                return Next(draft.Text is null ? "text" : "preview", draft with { TargetId = targetId });
            case "text" when typed is { Length: > 0 and <= Broadcasts.TextMax }:
                return Next("preview", draft with { Text = typed });
            case "text":
                return StepResult<BroadcastDraft>.Stay(TextRef.Of("admin.broadcast.bad-text", new { max = Broadcasts.TextMax }));
            case "preview" when pressed == "send":
                return StepResult<BroadcastDraft>.Done(draft);
            case "preview" when pressed is "edit" or "retarget":
                return Next(pressed == "edit" ? "text" : "audience", draft);
            default:
                return StepResult<BroadcastDraft>.Stay("admin.new.use-buttons");
        }
    }

    public override async Task CompleteAsync(BroadcastDraft draft, UpdateContext ctx, CancellationToken ct) =>
        await broadcasts.SendAsync(ctx.UserId, draft.Audience!, draft.TargetId, draft.Text!, ct);

    private static StepResult<BroadcastDraft> Next(string step, BroadcastDraft draft) => StepResult<BroadcastDraft>.Next(step, draft);

    private static CallbackData Data(string kind, object value) => CallbackData.Create(AdminKeyboards.Module, Flow, kind, value);
}
