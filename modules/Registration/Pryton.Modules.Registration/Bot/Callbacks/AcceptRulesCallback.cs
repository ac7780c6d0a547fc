using Pryton.Kernel.Bot;
using Pryton.Modules.Registration.Application;

namespace Pryton.Modules.Registration.Bot.Callbacks;

/// <summary>"I accept" under a new rules version; a button of an older version is refused.</summary>
[BotCallback("accept-rules", Audience.Player)]
internal sealed class AcceptRulesCallback(RulesBook rules) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var shown] || !int.TryParse(shown, out var version) || !await rules.AcceptAsync(ctx.UserId, version, ct))
        {
            ctx.Toast("registration.rules.changed", alert: true);
            return;
        }

        ctx.Toast("registration.rules.accepted");
        ctx.EditOrReply("registration.rules.accepted");
    }
}
