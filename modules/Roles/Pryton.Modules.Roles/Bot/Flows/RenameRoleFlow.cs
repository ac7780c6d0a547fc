using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Texts;
using Pryton.Modules.Roles.Application;

namespace Pryton.Modules.Roles.Bot.Flows;

/// <summary>An admin types a role's new name (1–32 characters, emoji welcome); players see it from the next message on.</summary>
[BotFlow("rename", Audience = Audience.Admin)]
internal sealed class RenameRoleFlow(RoleNames names) : ConversationFlow<RenameRoleDraft>
{
    public override string FirstStep => "name";

    public override TimeSpan Lifetime => TimeSpan.FromHours(1);

    public override Task AskAsync(string step, RenameRoleDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply(TextRef.Of("roles.names.ask", new { role = TextRef.Of($"roles.kind.{draft.Role}"), language = draft.Language }));
        return Task.CompletedTask;
    }

    public override Task<StepResult<RenameRoleDraft>> HandleAsync(string step, RenameRoleDraft draft, UpdateContext ctx, CancellationToken ct) =>
        Task.FromResult(ctx.Message?.Text?.Trim() is { Length: > 0 and <= RoleNames.MaxLength } name && !name.StartsWith('/')
            ? StepResult<RenameRoleDraft>.Done(draft with { Name = name })
            : StepResult<RenameRoleDraft>.Stay("roles.names.invalid"));

    public override async Task CompleteAsync(RenameRoleDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        await names.RenameAsync(RoleBook.Parse(draft.Role), draft.Language, draft.Name!, ct);
        ctx.Reply(TextRef.Of("roles.names.saved", new { name = draft.Name }));
    }
}
