namespace Pryton.Modules.Registration.Domain;

/// <summary>One published version of the game rules. Versions are never edited: a change is a new version.</summary>
internal sealed class Rules
{
    public int Version { get; set; }

    public required string TextRu { get; set; }

    public string? TextEn { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public long? PublishedBy { get; set; }

    public string TextIn(string language) => language == "en" && !string.IsNullOrWhiteSpace(TextEn) ? TextEn : TextRu;
}
