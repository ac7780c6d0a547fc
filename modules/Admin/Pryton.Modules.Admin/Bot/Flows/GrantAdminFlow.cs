using System.Globalization;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;
using Telegram.Bot.Types;

namespace Pryton.Modules.Admin.Bot.Flows;

/// <summary>
/// Making somebody an organiser: the admin shares their contact, forwards one of their messages or types their
/// Telegram id. Only a registered player can be made one — the bot must be able to reach them.
/// </summary>
[BotFlow("grant-who", Audience = Audience.Admin)]
internal sealed class GrantAdminFlow(IPlayerDirectory players, AdminGrants grants) : ConversationFlow<GrantDraft>
{
    public override string FirstStep => "who";

    public override TimeSpan Lifetime => TimeSpan.FromHours(1);

    public override Task AskAsync(string step, GrantDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply("admin.grant.ask");
        return Task.CompletedTask;
    }

    public override async Task<StepResult<GrantDraft>> HandleAsync(string step, GrantDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var userId = ctx.Contact?.UserId
            ?? (ctx.Message?.ForwardOrigin as MessageOriginUser)?.SenderUser.Id
            ?? (long.TryParse(ctx.Text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var typed) ? typed : null);
        if (userId is null)
        {
            return StepResult<GrantDraft>.Stay("admin.grant.unreadable");
        }

        return await players.FindAsync(userId.Value, ct) is null
            ? StepResult<GrantDraft>.Stay(TextRef.Of("admin.grant.not-a-player", new { id = userId }))
            : StepResult<GrantDraft>.Done(new GrantDraft(userId));
    }

    public override async Task CompleteAsync(GrantDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var name = (await players.NamesAsync([draft.UserId!.Value], ct))[draft.UserId.Value];
        var granted = await grants.GrantAsync(draft.UserId.Value, ctx.UserId, ct);
        ctx.Reply(TextRef.Of(granted ? "admin.grant.done" : "admin.grant.already", new { name }), AdminKeyboards.Panel());
    }
}
