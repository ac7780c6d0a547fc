using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>
/// One keyboard button. Inline buttons carry callback data (ASCII, at most 64 bytes, built by
/// <see cref="CallbackData"/>) or a URL; reply buttons carry the command they stand for, so a press is routed by
/// that command and never by its translated label.
/// </summary>
public sealed record Button
{
    internal const string ChoicePrefix = "=";

    private Button(TextRef label) => Label = label;

    public TextRef Label { get; }

    public string? CallbackData { get; private init; }

    public string? Url { get; private init; }

    /// <summary>For reply buttons: the command a press means (<c>/games</c>).</summary>
    public string? Command { get; private init; }

    public bool RequestContact { get; private init; }

    public bool RequestLocation { get; private init; }

    public static Button Callback(TextRef label, CallbackData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new Button(label) { CallbackData = data.Value };
    }

    public static Button Link(TextRef label, string url) => new(label) { Url = url };

    public static Button ForCommand(TextRef label, string command) =>
        new(label) { Command = command.StartsWith('/') ? command : "/" + command };

    /// <summary>
    /// A reply button that answers the open conversation with <paramref name="value"/>: the flow reads
    /// <see cref="UpdateContext.Choice"/>, the same in every language.
    /// </summary>
    public static Button Choice(TextRef label, string value) => new(label) { Command = ChoicePrefix + value };

    public static Button ShareContact(TextRef label) => new(label) { RequestContact = true };

    public static Button ShareLocation(TextRef label) => new(label) { RequestLocation = true };
}
