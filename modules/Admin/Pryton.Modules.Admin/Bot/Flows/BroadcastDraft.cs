namespace Pryton.Modules.Admin.Bot.Flows;

/// <param name="Audience">all, district, game or waitlist.</param>
/// <param name="TargetId">The district or the game, for the audiences that need one.</param>
internal sealed record BroadcastDraft(string? Audience = null, long? TargetId = null, string? Text = null);
