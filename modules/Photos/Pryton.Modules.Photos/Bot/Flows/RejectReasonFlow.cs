using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Modules.Photos.Application;
using Pryton.Modules.Photos.Bot.Callbacks;

namespace Pryton.Modules.Photos.Bot.Flows;

/// <summary>An admin types the reason a claim is rejected; the seeker reads it as written.</summary>
[BotFlow("reject", Audience = Audience.Admin)]
internal sealed class RejectReasonFlow(FoundClaims claims, IPlayerDirectory players) : ConversationFlow<RejectDraft>
{
    public const int MaxLength = 300;

    public override string FirstStep => "reason";

    public override TimeSpan Lifetime => TimeSpan.FromHours(1);

    public override Task AskAsync(string step, RejectDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply("photos.admin.type-reason");
        return Task.CompletedTask;
    }

    public override Task<StepResult<RejectDraft>> HandleAsync(string step, RejectDraft draft, UpdateContext ctx, CancellationToken ct) =>
        Task.FromResult(ctx.Message?.Text is { Length: > 0 and <= MaxLength } text && !string.IsNullOrWhiteSpace(text)
            ? StepResult<RejectDraft>.Done(draft with { Reason = text.Trim() })
            : StepResult<RejectDraft>.Stay("photos.admin.reason-length"));

    public override async Task CompleteAsync(RejectDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var (decided, by) = await claims.AdminDecidesAsync(draft.ClaimId, ctx.UserId, approve: false, draft.Reason, ct);
        if (decided)
        {
            ctx.Reply("photos.admin.rejected");
        }
        else
        {
            await DecideClaimCallback.DecidedAlreadyAsync(ctx, by, players, ct);
            ctx.Reply("photos.claim.already-decided");
        }
    }
}
