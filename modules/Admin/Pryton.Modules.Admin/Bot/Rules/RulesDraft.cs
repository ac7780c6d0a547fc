namespace Pryton.Modules.Admin.Bot.Rules;

/// <summary>A new version of the rules: the Russian text (required), then the English one (optional).</summary>
internal sealed record RulesDraft(string? TextRu = null, string? TextEn = null);
