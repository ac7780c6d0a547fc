namespace Pryton.Kernel.Bot.Outbound;

/// <summary>The oldest pending message of one chat, as the sender takes it.</summary>
internal sealed record QueuedMessage(long Id, long ChatId, string Payload, int Attempts, DateTimeOffset CreatedAt);
