using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Registration.Application;
using Pryton.Modules.Registration.Bot.Keyboards;

namespace Pryton.Modules.Registration.Bot.Commands;

/// <summary><c>/rules</c>: the current rules; a player who has not accepted this version gets a button to do so.</summary>
[BotCommand("rules", Audience.Anyone)]
internal sealed class RulesCommand(RulesBook rules, PlayerRegistry players) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var current = await rules.CurrentRulesAsync(ct);
        var player = await players.FindAsync(ctx.UserId, ct);
        if (player is not null && player.RulesVersion != current.Version)
        {
            ctx.Reply(TextRef.Html(current.TextIn(ctx.Language)));
            ctx.Reply(TextRef.Of("registration.rules.new-version", new { version = current.Version }), RegistrationKeyboards.AcceptRules(current.Version));
            return;
        }

        ctx.Reply(TextRef.Html(current.TextIn(ctx.Language)));
    }
}
