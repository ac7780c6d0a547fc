namespace Pryton.Modules.Registration.Domain;

/// <summary>One published version of the game rules. Versions are never edited: a change is a new version.</summary>
internal sealed class Rules
{
    public int Version { get; set; }

    public required string TextRu { get; set; }

    public string? TextEn { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public long? PublishedBy { get; set; }

    public string TextIn(string language) => ToContract().TextIn(language);

    public Contracts.Registration.RulesVersion ToContract() => new(Version, TextRu, TextEn, PublishedAt);
}
