namespace Pryton.Kernel.Bot.Conversations;

/// <summary>An open dialog of a chat, as stored in <c>kernel.conversations</c>.</summary>
internal sealed record Conversation(string Module, string Flow, string Step, string Data, DateTimeOffset ExpiresAt);
