using System.Text;
using Pryton.Kernel.Bot.Routing;
using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Builtin;

/// <summary><c>/help</c>: what the menu's buttons do right now, then the commands this user can use, in their language.</summary>
[BotCommand("help", Audience.Anyone)]
internal sealed class HelpCommand(RouteTable routes, AccessCheck access, TextCatalog texts, Menu.IContextMenu menu) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var allowed = new Dictionary<Audience, bool> { [Audience.Anyone] = true };
        foreach (var audience in new[] { Audience.Player, Audience.Admin })
        {
            allowed[audience] = await access.DenyAsync(ctx, audience, "kernel:help", ct) is null;
        }

        var lines = new StringBuilder();
        foreach (var route in routes.Commands.Where(r => allowed[r.Audience]).OrderBy(r => r.Audience == Audience.Admin).ThenBy(r => r.Name, StringComparer.Ordinal))
        {
            var key = $"{route.Module}.command.{route.Name}";
            if (texts.Has(key))
            {
                lines.Append('/').Append(route.Name).Append(" — ").AppendLine(HtmlText.Escape(ctx.T(key)));
            }
        }

        // First what the menu's buttons do right now (the player's role and phase), then every command.
        var situation = allowed[Audience.Player] ? await menu.HelpAsync(ctx.UserId, ct) : [];
        if (situation.Count > 0)
        {
            ctx.Reply(TextRef.Of("kernel.help.situation", new { lines = new TextLines(situation) }));
        }

        ctx.Reply(TextRef.Of(allowed[Audience.Player] ? "kernel.help.player" : "kernel.help.guest", new { commands = new RawHtml(lines.ToString().TrimEnd()) }));
    }
}
