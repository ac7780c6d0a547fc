using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games.Bot.Callbacks;

/// <summary>"Join": re-checks the player (observers follow, the current rules must be accepted) and the game's state.</summary>
[BotCallback("join", Audience.Player)]
internal sealed class JoinGameCallback(SignUp signUp, IPlayerDirectory players, IRulesBook rules, GameCardView card) : ICallbackHandler
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
            ctx.Toast("games.join.observer", alert: true);
            return;
        }

        if (player.RulesVersion != (await rules.CurrentAsync(ct)).Version)
        {
            ctx.Toast("games.join.rules-first", alert: true);
            ctx.Reply("games.join.rules-first");
            return;
        }

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
