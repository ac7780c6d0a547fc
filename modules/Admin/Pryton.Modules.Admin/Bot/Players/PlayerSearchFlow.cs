using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot.Players;

/// <summary>Finding a player: by part of the name, @username, phone digits or Telegram id; the matches come as buttons.</summary>
[BotFlow("player-search", Audience = Audience.Admin)]
internal sealed class PlayerSearchFlow(IPlayerAdmin players) : ConversationFlow<PlayerSearchDraft>
{
    public const int Shown = 10;

    public override string FirstStep => "query";

    public override Task AskAsync(string step, PlayerSearchDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply("admin.players.ask");
        return Task.CompletedTask;
    }

    public override Task<StepResult<PlayerSearchDraft>> HandleAsync(string step, PlayerSearchDraft draft, UpdateContext ctx, CancellationToken ct) =>
        Task.FromResult(ctx.Callback is null && ctx.Text?.Trim() is { Length: >= 2 and <= 64 }
            ? StepResult<PlayerSearchDraft>.Done(draft)
            : StepResult<PlayerSearchDraft>.Stay("admin.players.bad-query"));

    public override async Task CompleteAsync(PlayerSearchDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var query = ctx.Text!.Trim();
        var found = await players.SearchAsync(query, Shown, ct);
        var again = Button.Callback("admin.players.again", CallbackData.Create(AdminKeyboards.Module, "players"));
        if (found.Count == 0)
        {
            ctx.Reply(TextRef.Of("admin.players.none", new { query }), Keyboard.Inline([again]));
            return;
        }

        ctx.Reply(TextRef.Of("admin.players.found", new { count = found.Count, query }), Keyboard.Inline(
            found.Select(p => (IReadOnlyList<Button>)[Button.Callback(TextRef.Plain(Label(p)), CallbackData.Create(AdminKeyboards.Module, "player", p.UserId))])
                .Append([again])));
    }

    private static string Label(PlayerSummary p) =>
        p.DisplayName + (p.Username is { } username ? " @" + username : string.Empty) + (p.BannedAt is null ? string.Empty : " ⛔");
}
