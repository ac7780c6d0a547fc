using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Conversations;

/// <summary>What a conversation step decided. The kernel stores the step and the draft, and asks the next question.</summary>
public sealed record StepResult<TDraft>
    where TDraft : class
{
    private StepResult(StepOutcome outcome) => Outcome = outcome;

    public StepOutcome Outcome { get; }

    public string? NextStep { get; private init; }

    public TDraft? Draft { get; private init; }

    public TextRef? Message { get; private init; }

    internal StepDecision ToDecision() => new(Outcome, NextStep, Draft, Message);

    /// <summary>Go on to <paramref name="step"/> with the updated draft; its question is asked.</summary>
    public static StepResult<TDraft> Next(string step, TDraft draft) => new(StepOutcome.Next) { NextStep = step, Draft = draft };

    /// <summary>The input was not acceptable: say why and ask the same question again; nothing changes.</summary>
    public static StepResult<TDraft> Stay(TextRef reason) => new(StepOutcome.Stay) { Message = reason };

    /// <summary>The form is complete: the flow's CompleteAsync writes it, in this update's transaction.</summary>
    public static StepResult<TDraft> Done(TDraft draft) => new(StepOutcome.Done) { Draft = draft };

    /// <summary>The flow ends without completing (a refusal, a decline), with a closing message.</summary>
    public static StepResult<TDraft> Abort(TextRef message) => new(StepOutcome.Abort) { Message = message };
}
