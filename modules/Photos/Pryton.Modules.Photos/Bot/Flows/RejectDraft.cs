namespace Pryton.Modules.Photos.Bot.Flows;

internal sealed record RejectDraft(long ClaimId, string? Reason = null);
