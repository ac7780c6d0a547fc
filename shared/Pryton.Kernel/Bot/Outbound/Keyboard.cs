namespace Pryton.Kernel.Bot.Outbound;

/// <summary>An inline keyboard (under one message), a reply keyboard (replaces the user's keyboard), or its removal.</summary>
public sealed record Keyboard(KeyboardKind Kind, IReadOnlyList<IReadOnlyList<Button>> Rows, bool OneTime = false)
{
    public static Keyboard Remove { get; } = new(KeyboardKind.Remove, []);

    public static Keyboard Inline(params IReadOnlyList<Button>[] rows) => new(KeyboardKind.Inline, rows);

    public static Keyboard Inline(IEnumerable<IReadOnlyList<Button>> rows) => new(KeyboardKind.Inline, rows.ToList());

    public static Keyboard Reply(params IReadOnlyList<Button>[] rows) => new(KeyboardKind.Reply, rows);

    public static Keyboard Reply(IEnumerable<IReadOnlyList<Button>> rows, bool oneTime = false) => new(KeyboardKind.Reply, rows.ToList(), oneTime);

    /// <summary>Lays buttons out <paramref name="perRow"/> to a row.</summary>
    public static IEnumerable<IReadOnlyList<Button>> Grid(IEnumerable<Button> buttons, int perRow) =>
        buttons.Chunk(perRow).Select(row => (IReadOnlyList<Button>)row);
}
