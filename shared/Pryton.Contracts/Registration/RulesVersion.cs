namespace Pryton.Contracts.Registration;

/// <summary>A published version of the game rules, in Russian and (when given) English.</summary>
public sealed record RulesVersion(int Version, string TextRu, string? TextEn, DateTimeOffset PublishedAt)
{
    /// <summary>The text in <paramref name="language"/> ("ru" or "en"), Russian when no English text was published.</summary>
    public string TextIn(string language) => language == "en" && !string.IsNullOrWhiteSpace(TextEn) ? TextEn : TextRu;
}
