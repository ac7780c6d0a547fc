using Pryton.Kernel.Bot;
using Pryton.Modules.Registration.Application;

namespace Pryton.Modules.Registration.Bot.Callbacks;

/// <summary>"I accept" under a new rules version; a button of an older version is refused.</summary>
[BotCallback("accept-rules", Audience.Player)]
internal sealed class AcceptRulesCallback(RulesBook rules, PlayerRegistry players) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var current = await rules.CurrentRulesAsync(ct);
        if (ctx.CallbackArgs is not [var shown] || !int.TryParse(shown, out var version) || version != current.Version)
        {
            ctx.Toast("registration.rules.changed", alert: true);
            return;
        }

        if (await players.FindAsync(ctx.UserId, ct) is { } player && player.RulesVersion != version)
        {
            await players.AcceptRulesAsync(player, version, ct);
        }

        ctx.Toast("registration.rules.accepted");
        ctx.EditOrReply("registration.rules.accepted");
    }
}
