namespace Pryton.Contracts.Registration;

/// <summary>A published version of the game rules, in Russian and (when given) English.</summary>
public sealed record RulesVersion(int Version, string TextRu, string? TextEn, DateTimeOffset PublishedAt);
