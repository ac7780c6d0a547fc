using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Texts;
using static Pryton.Modules.Admin.Bot.Flows.NewGameSteps;

namespace Pryton.Modules.Admin.Bot.Flows;

/// <summary>
/// The create-game wizard: title, district and zone, date and time in the game's time zone, seats, drivers, the
/// minimum to start, the phase lengths and a description, then a preview to check, switch modes or change any
/// group of answers, and create. Every answer is checked where it is given; the plan is checked again on "create".
/// </summary>
[BotFlow(NewGameKeyboards.Flow, Audience = Audience.Admin)]
internal sealed class NewGameFlow(IDistrictDirectory districts, IGameSettings settings, IGameScheduling scheduling, GameDefaults defaults, TimeProvider clock)
    : ConversationFlow<NewGameDraft>
{
    public override string FirstStep => "title";

    public override TimeSpan Lifetime => TimeSpan.FromDays(3);

    public override async Task AskAsync(string step, NewGameDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var current = await settings.CurrentAsync(ct);
        switch (step)
        {
            case "title":
                ctx.Reply(TextRef.Of("admin.new.ask-title", new { min = GamePlan.TitleMin, max = GamePlan.TitleMax }));
                break;
            case "district":
                ctx.Reply("admin.new.ask-district", NewGameKeyboards.Districts(await districts.ListActiveAsync(ct)));
                break;
            case "zone":
                ctx.Reply("admin.new.ask-zone", NewGameKeyboards.Zones(await districts.ZonesAsync(draft.DistrictId!.Value, ct)));
                break;
            case "date":
                ctx.Reply(TextRef.Of("admin.new.ask-date", new { zone = defaults.TimeZone }), NewGameKeyboards.Dates(Today()));
                break;
            case "time":
                ctx.Reply(TextRef.Of("admin.new.ask-time", new { date = draft.Date!.Value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) }));
                break;
            case "capacity":
                ctx.Reply(TextRef.Of("admin.new.ask-capacity", new { min = GamePlan.CapacityMin, max = GamePlan.CapacityMax }),
                    NewGameKeyboards.Numbers("capacity", [6, 10, 16, 24]));
                break;
            case "drivers":
                ctx.Reply(TextRef.Of("admin.new.ask-drivers", new { max = draft.Capacity - 1 }),
                    NewGameKeyboards.Numbers("drivers", Enumerable.Range(1, Math.Min(4, draft.Capacity!.Value - 1))));
                break;
            case "minimum":
                var minimum = Math.Min(current.MinParticipantsToStart, draft.Capacity!.Value);
                ctx.Reply(TextRef.Of("admin.new.ask-minimum", new { max = draft.Capacity }), NewGameKeyboards.Numbers("minimum", [minimum], minimum));
                break;
            case "hiding":
                ctx.Reply(TextRef.Of("admin.new.ask-hiding", new { max = GamePlan.HidingMinutesMax }),
                    NewGameKeyboards.Numbers("hiding", new[] { 15, current.HidingMinutes, 45 }.Distinct().Order(), current.HidingMinutes));
                break;
            case "searching":
                ctx.Reply(TextRef.Of("admin.new.ask-searching", new { max = GamePlan.SearchingMinutesMax }),
                    NewGameKeyboards.Numbers("searching", new[] { 30, current.SearchingMinutes, 90 }.Distinct().Order(), current.SearchingMinutes));
                break;
            case "description":
                ctx.Reply(TextRef.Of("admin.new.ask-description", new { max = GamePlan.DescriptionMax }), NewGameKeyboards.SkipDescription());
                break;
            default:
                ctx.Reply(await PreviewAsync(draft, ct), NewGameKeyboards.Preview(draft));
                break;
        }
    }

    public override async Task<StepResult<NewGameDraft>> HandleAsync(string step, NewGameDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var typed = ctx.Callback is null ? ctx.Text?.Trim() : null;
        var pressed = ctx.CallbackArgs is [var kind, var value] && kind == (step == Preview ? kind : step) ? value : null;
        switch (step)
        {
            case "title" when typed is { Length: >= GamePlan.TitleMin and <= GamePlan.TitleMax }:
                return Go(step, draft with { Title = typed });
            case "title":
                return Stay(TextRef.Of("admin.new.bad-title", new { min = GamePlan.TitleMin, max = GamePlan.TitleMax }));
            case "district" when long.TryParse(pressed, out var districtId) && (await districts.ListActiveAsync(ct)).Any(d => d.Id == districtId):
                var withDistrict = draft with { DistrictId = districtId, ZoneId = null };
                // A district without zones has nothing to choose: the game is played in the district as a whole.
                return (await districts.ZonesAsync(districtId, ct)).Count == 0 ? Go("zone", withDistrict) : Go(step, withDistrict);
            case "zone" when pressed == "none":
                return Go(step, draft with { ZoneId = null });
            case "zone" when long.TryParse(pressed, out var zoneId) && (await districts.ZonesAsync(draft.DistrictId!.Value, ct)).Any(z => z.Id == zoneId):
                return Go(step, draft with { ZoneId = zoneId });
            case "date":
                return LocalInput.Date(pressed ?? typed, Today()) is not { } date ? Stay("admin.new.bad-date")
                    : date < Today() ? Stay("admin.new.date-past")
                    : date > Today().AddYears(1) ? Stay("admin.new.date-far")
                    : Go(step, draft with { Date = date });
            case "time":
                return LocalInput.Time(typed) is not { } time ? Stay("admin.new.bad-time")
                    : StartOf(draft with { Time = time }) <= clock.GetUtcNow() ? Stay("admin.new.time-past")
                    : Go(step, draft with { Time = time });
            case "capacity":
                return LocalInput.Number(pressed ?? typed, GamePlan.CapacityMin, GamePlan.CapacityMax) is { } capacity
                    ? Go(step, draft with { Capacity = capacity })
                    : Stay(TextRef.Of("admin.new.bad-number", new { min = GamePlan.CapacityMin, max = GamePlan.CapacityMax }));
            case "drivers":
                return LocalInput.Number(pressed ?? typed, 1, draft.Capacity!.Value - 1) is { } drivers
                    ? Go(step, draft with { Drivers = drivers })
                    : Stay(TextRef.Of("admin.new.bad-drivers", new { max = draft.Capacity - 1 }));
            case "minimum":
                return LocalInput.Number(pressed ?? typed, GamePlan.CapacityMin, draft.Capacity!.Value) is { } minimum
                    ? Go(step, draft with { MinPlayers = minimum })
                    : Stay(TextRef.Of("admin.new.bad-number", new { min = GamePlan.CapacityMin, max = draft.Capacity }));
            case "hiding":
                return LocalInput.Number(pressed ?? typed, GamePlan.PhaseMinutesMin, GamePlan.HidingMinutesMax) is { } hiding
                    ? Go(step, draft with { HidingMinutes = hiding })
                    : Stay(TextRef.Of("admin.new.bad-number", new { min = GamePlan.PhaseMinutesMin, max = GamePlan.HidingMinutesMax }));
            case "searching":
                return LocalInput.Number(pressed ?? typed, GamePlan.PhaseMinutesMin, GamePlan.SearchingMinutesMax) is { } searching
                    ? Go(step, draft with { SearchingMinutes = searching })
                    : Stay(TextRef.Of("admin.new.bad-number", new { min = GamePlan.PhaseMinutesMin, max = GamePlan.SearchingMinutesMax }));
            case "description" when pressed == "none":
                return Go(step, draft with { Description = null });
            case "description" when typed is { Length: > 0 and <= GamePlan.DescriptionMax }:
                return Go(step, draft with { Description = typed });
            case "description":
                return Stay(TextRef.Of("admin.new.bad-description", new { max = GamePlan.DescriptionMax }));
            case Preview:
                return OnPreview(draft, ctx.CallbackArgs);
            default:
                return Stay("admin.new.use-buttons");
        }
    }

    public override async Task CompleteAsync(NewGameDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var (gameId, problem) = await scheduling.ScheduleAsync(Plan(draft), ctx.UserId, ct);
        if (gameId is null)
        {
            ctx.Reply(TextRef.Of("admin.new.refused", new { reason = TextRef.Of($"admin.plan.{problem.ToString()!.ToLowerInvariant()}") }));
            return;
        }

        ctx.Reply(TextRef.Of("admin.new.created", new { title = draft.Title }), AdminKeyboards.OpenGame(gameId.Value));
    }

    private StepResult<NewGameDraft> OnPreview(NewGameDraft draft, IReadOnlyList<string> pressed) => pressed switch
    {
        ["ok", _] when Plan(draft).Problem(clock.GetUtcNow()) is { } problem => Stay(TextRef.Of($"admin.plan.{problem.ToString().ToLowerInvariant()}")),
        ["ok", _] => StepResult<NewGameDraft>.Done(draft),
        ["toggle", "manual"] => StepResult<NewGameDraft>.Next(Preview, draft with { ManualControl = !draft.ManualControl }),
        ["toggle", "seeker"] => StepResult<NewGameDraft>.Next(Preview, draft with { FoundBecomesSeeker = !draft.FoundBecomesSeeker }),
        ["edit", var group] when NewGameSteps.StartOf(group) is { } first => StepResult<NewGameDraft>.Next(first, draft with { Editing = true }),
        _ => Stay("admin.new.use-buttons"),
    };

    private async Task<TextRef> PreviewAsync(NewGameDraft draft, CancellationToken ct)
    {
        var district = await districts.FindAsync(draft.DistrictId!.Value, ct);
        var zone = draft.ZoneId is { } zoneId ? await districts.FindZoneAsync(zoneId, ct) : null;
        return TextRef.Of("admin.new.preview", new
        {
            title = draft.Title,
            district = district?.Name ?? "—",
            zone = zone is null ? TextRef.Of("admin.new.zone-whole") : TextRef.Plain(zone.Name),
            start = $"{draft.Date!.Value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} {draft.Time!.Value.ToString("HH:mm", CultureInfo.InvariantCulture)}",
            timezone = defaults.TimeZone,
            capacity = draft.Capacity,
            drivers = draft.Drivers,
            minimum = draft.MinPlayers,
            hiding = draft.HidingMinutes,
            searching = draft.SearchingMinutes,
            manual = TextRef.Of(draft.ManualControl ? "admin.new.on" : "admin.new.off"),
            seeker = TextRef.Of(draft.FoundBecomesSeeker ? "admin.new.on" : "admin.new.off"),
            description = draft.Description is null ? TextRef.Of("admin.new.no-description") : TextRef.Plain(draft.Description),
        });
    }

    private GamePlan Plan(NewGameDraft draft) => new(draft.Title!, draft.DistrictId!.Value, draft.ZoneId, StartOf(draft), draft.Capacity!.Value, draft.Drivers!.Value,
        draft.MinPlayers, draft.HidingMinutes, draft.SearchingMinutes, draft.Description, draft.ManualControl, draft.FoundBecomesSeeker);

    /// <summary>The start as an instant: the date and time are the game's local ones.</summary>
    private DateTimeOffset StartOf(NewGameDraft draft) => LocalInput.Instant(draft.Date!.Value, draft.Time!.Value, defaults.TimeZone);

    private DateOnly Today() => LocalInput.Today(clock.GetUtcNow(), defaults.TimeZone);

    private static StepResult<NewGameDraft> Go(string step, NewGameDraft draft) => StepResult<NewGameDraft>.Next(After(step, draft), draft);

    private static StepResult<NewGameDraft> Stay(TextRef reason) => StepResult<NewGameDraft>.Stay(reason);
}
