namespace Pryton.Kernel.Texts;

/// <summary>
/// A text argument that is data, not a catalogue key, but exists per language (a role's name as admins set it):
/// rendered in the recipient's language, Russian when that language has none, HTML-escaped.
/// </summary>
public sealed record Localized(IReadOnlyDictionary<string, string> ByLanguage)
{
    public string In(string language) =>
        ByLanguage.TryGetValue(language, out var own) ? own
        : ByLanguage.TryGetValue(Language.Russian, out var russian) ? russian
        : ByLanguage.Values.FirstOrDefault() ?? string.Empty;
}
