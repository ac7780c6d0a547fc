using System.Globalization;
using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot.Flows;

/// <summary>The wizard's buttons; each carries <c>admin:newgame:&lt;kind&gt;:&lt;value&gt;</c> and is read back by the flow.</summary>
internal static class NewGameKeyboards
{
    public const string Flow = "newgame";

    public static Keyboard Districts(IReadOnlyList<DistrictSummary> districts) => Keyboard.Inline(
        Keyboard.Grid(districts.Select(d => Button.Callback(TextRef.Plain(d.Name), Data("district", d.Id))), 2));

    public static Keyboard Zones(IReadOnlyList<ZoneSummary> zones) => Keyboard.Inline(
        zones.Select(z => (IReadOnlyList<Button>)[Button.Callback(TextRef.Of("admin.new.zone-item", new { name = z.Name, radius = z.RadiusMeters }), Data("zone", z.Id))])
            .Append([Button.Callback("admin.new.zone-none", Data("zone", "none"))]));

    /// <summary>Today, tomorrow and the day after, in the game's time zone; any other date is typed.</summary>
    public static Keyboard Dates(DateOnly today) => Keyboard.Inline(Keyboard.Grid(
        Enumerable.Range(0, 3).Select(days => today.AddDays(days)).Select((day, i) => Button.Callback(
            TextRef.Of($"admin.new.date-{i}", new { date = day.ToString("dd.MM", CultureInfo.InvariantCulture) }),
            Data("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))), 3));

    public static Keyboard Numbers(string kind, IEnumerable<int> values, int? recommended = null) => Keyboard.Inline(
        Keyboard.Grid(values.Select(v => Button.Callback(
            v == recommended ? TextRef.Of("admin.new.default-value", new { value = v }) : TextRef.Plain(v.ToString(CultureInfo.InvariantCulture)),
            Data(kind, v))), 4));

    public static Keyboard SkipDescription() => Keyboard.Inline([Button.Callback("admin.new.skip", Data("description", "none"))]);

    public static Keyboard Preview(NewGameDraft draft) => Keyboard.Inline(
        [Button.Callback("admin.new.create", Data("ok", "yes"))],
        [Toggle("manual", draft.ManualControl), Toggle("seeker", draft.FoundBecomesSeeker)],
        [Edit("title"), Edit("place"), Edit("when")],
        [Edit("seats"), Edit("phases"), Edit("description")]);

    private static Button Toggle(string what, bool on) =>
        Button.Callback(TextRef.Of($"admin.new.toggle-{what}", new { state = TextRef.Of(on ? "admin.new.on" : "admin.new.off") }), Data("toggle", what));

    private static Button Edit(string group) => Button.Callback($"admin.new.edit-{group}", Data("edit", group));

    private static CallbackData Data(string kind, object value) => CallbackData.Create(AdminKeyboards.Module, Flow, kind, value);
}
