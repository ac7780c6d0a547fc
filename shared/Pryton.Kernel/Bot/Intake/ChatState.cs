namespace Pryton.Kernel.Bot.Intake;

/// <summary>What the kernel knows of a chat when an update arrives.</summary>
internal sealed record ChatState(string Language, IReadOnlyDictionary<string, string> ReplyCommands);
