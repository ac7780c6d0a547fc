using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot.Flows;

/// <summary>
/// Changing a game that has not started: a new start (date and time in the game's zone; everyone enrolled is told
/// and the reminders move), a new number of seats, or cancelling it with a reason the players read.
/// </summary>
[BotFlow(Flow, Audience = Audience.Admin)]
internal sealed class GameEditFlow(IGameQueries games, IGameControl control, TimeProvider clock) : ConversationFlow<GameEditDraft>
{
    public const string Flow = "game-edit";

    private static readonly string[] QuickReasons = ["players", "weather", "organisers"];

    public override string FirstStep => "reason";

    /// <summary>The step each change starts at.</summary>
    public static string StepFor(string what) => what switch { "when" => "date", "seats" => "seats", "title" => "title", "desc" => "desc", _ => "reason" };

    public override async Task AskAsync(string step, GameEditDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var game = await games.FindAsync(draft.GameId, ct);
        switch (step)
        {
            case "date":
                ctx.Reply(TextRef.Of("admin.edit.ask-date", new { title = game?.Title, zone = game?.TimeZone }));
                break;
            case "time":
                ctx.Reply(TextRef.Of("admin.new.ask-time", new { date = draft.Date!.Value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) }));
                break;
            case "seats":
                ctx.Reply(TextRef.Of("admin.edit.ask-seats", new { title = game?.Title, now = game?.MaxParticipants }));
                break;
            case "title":
                ctx.Reply(TextRef.Of("admin.edit.ask-title", new { title = game?.Title, min = GamePlan.TitleMin, max = GamePlan.TitleMax }));
                break;
            case "desc":
                ctx.Reply(TextRef.Of("admin.edit.ask-desc", new { title = game?.Title, max = GamePlan.DescriptionMax }),
                    Keyboard.Inline([Button.Callback("admin.edit.remove-desc", CallbackData.Create(AdminKeyboards.Module, Flow, "none"))]));
                break;
            default:
                ctx.Reply(TextRef.Of("admin.edit.ask-reason", new { title = game?.Title }), Keyboard.Inline(Keyboard.Grid(
                    QuickReasons.Select(r => Button.Callback($"admin.edit.reason-{r}", CallbackData.Create(AdminKeyboards.Module, Flow, r))), 1)));
                break;
        }
    }

    public override async Task<StepResult<GameEditDraft>> HandleAsync(string step, GameEditDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var editable = step is "title" or "desc" ? new[] { GameStage.Recruiting, GameStage.Full, GameStage.Hiding, GameStage.Searching } : [GameStage.Recruiting, GameStage.Full];
        if (await games.FindAsync(draft.GameId, ct) is not { } game || !editable.Contains(game.Stage))
        {
            return StepResult<GameEditDraft>.Abort("admin.edit.too-late");
        }

        var typed = ctx.Callback is null ? ctx.Text?.Trim() : null;
        var today = LocalInput.Today(clock.GetUtcNow(), game.TimeZone);
        return step switch
        {
            "date" => LocalInput.Date(typed, today) is not { } date ? Stay("admin.new.bad-date")
                : date < today ? Stay("admin.new.date-past")
                : StepResult<GameEditDraft>.Next("time", draft with { Date = date }),
            "time" => LocalInput.Time(typed) is not { } time ? Stay("admin.new.bad-time")
                : LocalInput.Instant(draft.Date!.Value, time, game.TimeZone) <= clock.GetUtcNow() ? Stay("admin.new.time-past")
                : StepResult<GameEditDraft>.Done(draft),
            "seats" => LocalInput.Number(typed, Math.Max(GamePlan.CapacityMin, game.MaxDrivers + 1), GamePlan.CapacityMax) is not null
                ? StepResult<GameEditDraft>.Done(draft)
                : Stay(TextRef.Of("admin.new.bad-number", new { min = Math.Max(GamePlan.CapacityMin, game.MaxDrivers + 1), max = GamePlan.CapacityMax })),
            "title" => typed is { Length: >= GamePlan.TitleMin and <= GamePlan.TitleMax } ? StepResult<GameEditDraft>.Done(draft)
                : Stay(TextRef.Of("admin.new.bad-title", new { min = GamePlan.TitleMin, max = GamePlan.TitleMax })),
            "desc" => typed is { Length: > 0 and <= GamePlan.DescriptionMax } || ctx.CallbackArgs is ["none"] ? StepResult<GameEditDraft>.Done(draft)
                : Stay(TextRef.Of("admin.new.bad-description", new { max = GamePlan.DescriptionMax })),
            _ when ctx.CallbackArgs is [var quick] && QuickReasons.Contains(quick) => StepResult<GameEditDraft>.Done(draft),
            _ when typed is { Length: >= 3 and <= 200 } => StepResult<GameEditDraft>.Done(draft),
            _ => Stay("admin.edit.bad-reason"),
        };
    }

    public override async Task CompleteAsync(GameEditDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var game = (await games.FindAsync(draft.GameId, ct))!;
        var admin = ctx.UserId;
        var result = draft.What switch
        {
            "when" => await control.RescheduleAsync(game.Id, admin, LocalInput.Instant(draft.Date!.Value, LocalInput.Time(ctx.Text)!.Value, game.TimeZone), ct),
            "seats" => await control.SetCapacityAsync(game.Id, admin, LocalInput.Number(ctx.Text, 1, GamePlan.CapacityMax)!.Value, ct),
            "title" => await control.EditTextAsync(game.Id, admin, ctx.Text!.Trim(), null, ct),
            "desc" => await control.EditTextAsync(game.Id, admin, null, ctx.Callback is null ? ctx.Text!.Trim() : string.Empty, ct),
            _ => await control.CancelAsync(game.Id, admin, ctx.CallbackArgs is [var quick] ? ctx.T($"admin.edit.reason-{quick}") : ctx.Text!.Trim(), ct),
        };
        ctx.Reply(AdminKeyboards.ResultKey(result), AdminKeyboards.OpenGame(game.Id));
    }

    private static StepResult<GameEditDraft> Stay(TextRef reason) => StepResult<GameEditDraft>.Stay(reason);
}
