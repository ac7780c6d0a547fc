using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Conversations;

/// <summary>A step's result with its draft untyped, as the kernel stores it.</summary>
internal sealed record StepDecision(StepOutcome Outcome, string? NextStep, object? Draft, TextRef? Message);
