namespace Pryton.Kernel.Bot.Conversations;

/// <summary>The untyped face of <see cref="ConversationFlow{TDraft}"/> the kernel drives; modules derive from that class.</summary>
public interface IConversationFlow
{
    Type DraftType { get; }

    string FirstStep { get; }

    TimeSpan Lifetime { get; }

    Task AskAsync(string step, object draft, UpdateContext ctx, CancellationToken ct);

    internal Task<StepDecision> HandleAsync(string step, object draft, UpdateContext ctx, CancellationToken ct);

    Task CompleteAsync(object draft, UpdateContext ctx, CancellationToken ct);

    void Cancelled(object draft, UpdateContext ctx);
}
