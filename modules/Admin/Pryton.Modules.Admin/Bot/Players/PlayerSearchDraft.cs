namespace Pryton.Modules.Admin.Bot.Players;

/// <summary>The search has one question; its answer is read when the form completes.</summary>
internal sealed record PlayerSearchDraft;
