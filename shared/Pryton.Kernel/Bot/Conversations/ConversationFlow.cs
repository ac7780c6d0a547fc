namespace Pryton.Kernel.Bot.Conversations;

/// <summary>
/// A multi-step dialog. Steps decide and return a <see cref="StepResult{TDraft}"/>; they do not write. The kernel keeps
/// the step and the draft in <c>kernel.conversations</c>, so a restart never loses a half-filled form; <c>/cancel</c>
/// leaves any flow, and commands win over an open step.
/// </summary>
public abstract class ConversationFlow<TDraft> : IConversationFlow
    where TDraft : class
{
    public Type DraftType => typeof(TDraft);

    /// <summary>The step a new conversation starts at.</summary>
    public abstract string FirstStep { get; }

    /// <summary>How long an untouched conversation lives before it is dropped.</summary>
    public virtual TimeSpan Lifetime => TimeSpan.FromHours(24);

    /// <summary>Sends the question of <paramref name="step"/> (with its keyboard).</summary>
    public abstract Task AskAsync(string step, TDraft draft, UpdateContext ctx, CancellationToken ct);

    /// <summary>Takes the user's answer (text, contact, location, photo, or a press of one of the flow's buttons).</summary>
    public abstract Task<StepResult<TDraft>> HandleAsync(string step, TDraft draft, UpdateContext ctx, CancellationToken ct);

    /// <summary>Writes the completed form through the module's application services.</summary>
    public abstract Task CompleteAsync(TDraft draft, UpdateContext ctx, CancellationToken ct);

    /// <summary>Called when the user leaves with <c>/cancel</c>; the kernel has already said so.</summary>
    public virtual void Cancelled(TDraft draft, UpdateContext ctx)
    {
    }

    async Task<StepDecision> IConversationFlow.HandleAsync(string step, object draft, UpdateContext ctx, CancellationToken ct) =>
        (await HandleAsync(step, (TDraft)draft, ctx, ct)).ToDecision();

    Task IConversationFlow.AskAsync(string step, object draft, UpdateContext ctx, CancellationToken ct) => AskAsync(step, (TDraft)draft, ctx, ct);

    Task IConversationFlow.CompleteAsync(object draft, UpdateContext ctx, CancellationToken ct) => CompleteAsync((TDraft)draft, ctx, ct);

    void IConversationFlow.Cancelled(object draft, UpdateContext ctx) => Cancelled((TDraft)draft, ctx);
}
