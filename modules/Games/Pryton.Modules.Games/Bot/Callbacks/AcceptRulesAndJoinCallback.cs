using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Games.Bot.Callbacks;

/// <summary>"Accept the rules and join": records the acceptance (if that version is still current), then joins.</summary>
[BotCallback("rules-join", Audience.Player)]
internal sealed class AcceptRulesAndJoinCallback(IRulesBook rules, Application.SignUp signUp, GameCardView card) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var rawGame, var rawVersion] || !long.TryParse(rawGame, out var gameId) || !int.TryParse(rawVersion, out var version))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        if (!await rules.AcceptAsync(ctx.UserId, version, ct))
        {
            ctx.Toast("games.join.rules-changed", alert: true);
            return;
        }

        await JoinGameCallback.JoinAndShowAsync(signUp, card, ctx, gameId, ct);
    }
}
