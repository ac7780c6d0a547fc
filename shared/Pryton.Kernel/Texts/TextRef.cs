namespace Pryton.Kernel.Texts;

/// <summary>
/// A text to render in the recipient's language: a key with named arguments, or a literal (already HTML-safe or to be
/// escaped, as said). Rendering happens when the message is queued, once the recipient's language is known.
/// </summary>
public sealed record TextRef(string? Key, object? Args = null, string? Literal = null)
{
    public static implicit operator TextRef(string key) => new(key);

    /// <summary>A literal shown as it is, HTML-escaped (a game title, a player's name).</summary>
    public static TextRef Plain(string text) => new(null, null, HtmlText.Escape(text));

    /// <summary>A literal that already is Telegram HTML.</summary>
    public static TextRef Html(string html) => new(null, null, html);

    public static TextRef Of(string key, object? args = null) => new(key, args);
}
