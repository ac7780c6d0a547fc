using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Application;
using Pryton.Modules.Games.Bot.Keyboards;

namespace Pryton.Modules.Games.Bot.Callbacks;

/// <summary>"Join": re-checks the player (observers follow, the current rules must be accepted) and the game's state.</summary>
[BotCallback("join", Audience.Player)]
internal sealed class JoinGameCallback(SignUp signUp, IPlayerDirectory players, IRulesBook rules, Followers followers, GameCardView card) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        var player = await players.FindAsync(ctx.UserId, ct);
        if (player is null || player.PreferredRole == PreferredRole.Observer)
        {
            // An observer has no seat to take: they follow the game instead (and can change their role in /profile).
            ctx.Toast(await followers.SetAsync(gameId, ctx.UserId, follow: true, ct) is null ? "games.card.gone" : "games.join.observer", alert: true);
            await card.ShowAsync(ctx, gameId, ct);
            return;
        }

        var current = await rules.CurrentAsync(ct);
        if (player.RulesVersion != current.Version)
        {
            // The rules changed since the player last accepted them: show them and join in one tap once accepted.
            ctx.Toast("games.join.rules-first");
            ctx.Reply(TextRef.Html(current.TextIn(ctx.Language)));
            ctx.Reply("games.join.rules-first", GameKeyboards.AcceptRulesAndJoin(gameId, current.Version));
            return;
        }

        await JoinAndShowAsync(signUp, card, ctx, gameId, ct);
    }

    /// <summary>Joins and answers with the outcome, then shows the card as it now stands.</summary>
    internal static async Task JoinAndShowAsync(SignUp signUp, GameCardView card, UpdateContext ctx, long gameId, CancellationToken ct)
    {
        var result = await signUp.JoinAsync(gameId, ctx.UserId, ct);
        ctx.Toast(result.Outcome switch
        {
            SeatOutcome.Seated => "games.join.seated",
            SeatOutcome.Waitlisted => TextRef.Of("games.join.waitlisted", new { position = result.Position }),
            SeatOutcome.AlreadySeated => "games.join.already",
            SeatOutcome.AlreadyWaitlisted => TextRef.Of("games.join.already-waitlisted", new { position = result.Position }),
            SeatOutcome.NoSuchGame => "games.card.gone",
            _ => "games.join.closed",
        }, alert: result.Outcome is SeatOutcome.Waitlisted or SeatOutcome.Closed or SeatOutcome.NoSuchGame);
        await card.ShowAsync(ctx, gameId, ct);
    }
}
