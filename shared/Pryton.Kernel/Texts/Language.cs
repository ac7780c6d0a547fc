namespace Pryton.Kernel.Texts;

/// <summary>The languages Pryton speaks. Russian is the reference; English is complete.</summary>
public static class Language
{
    public const string Russian = "ru";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Russian, English];

    /// <summary>Telegram's language_code to ours: ru* → ru, anything else → en; none given → the primary, ru.</summary>
    public static string FromTelegram(string? languageCode) =>
        string.IsNullOrEmpty(languageCode) || languageCode.StartsWith("ru", StringComparison.OrdinalIgnoreCase)
            ? Russian
            : English;

    public static bool IsKnown(string? language) => language is Russian or English;
}
