namespace Pryton.Modules.Admin.Bot.Flows;

/// <summary>
/// The wizard's questions in order, in groups the preview can send the organiser back to: after the last question
/// of a group an edit returns to the preview instead of going on.
/// </summary>
internal static class NewGameSteps
{
    public const string Preview = "preview";

    private static readonly string[] Order = ["title", "district", "zone", "date", "time", "capacity", "drivers", "minimum", "hiding", "searching", "description", Preview];

    private static readonly Dictionary<string, string> GroupStarts = new()
    {
        ["title"] = "title", ["place"] = "district", ["when"] = "date", ["seats"] = "capacity", ["phases"] = "hiding", ["description"] = "description",
    };

    private static readonly HashSet<string> GroupEnds = ["title", "zone", "time", "minimum", "searching", "description"];

    public static IReadOnlyCollection<string> Groups => GroupStarts.Keys;

    public static string? StartOf(string group) => GroupStarts.GetValueOrDefault(group);

    /// <summary>The question after <paramref name="step"/>: the next one, or the preview at the end of an edited group.</summary>
    public static string After(string step, NewGameDraft draft) =>
        draft.Editing && GroupEnds.Contains(step) ? Preview : Order[Array.IndexOf(Order, step) + 1];
}
