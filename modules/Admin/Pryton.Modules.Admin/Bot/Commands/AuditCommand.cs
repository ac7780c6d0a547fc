using System.Globalization;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot.Commands;

/// <summary>/audit: the latest admin actions and refused attempts, newest first, in the operator's time zone.</summary>
[BotCommand("audit", Audience.Admin)]
internal sealed class AuditCommand(AuditTrail audit, IPlayerDirectory players, GameDefaults defaults) : ICommandHandler
{
    public const int Shown = 25;

    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var entries = await audit.LatestAsync(Shown, ct);
        var names = await players.NamesAsync(entries.Select(e => e.ActorId).ToList(), ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(defaults.TimeZone);
        var lines = new TextLines([.. entries.Select(e => TextRef.Of(e.Allowed ? "admin.audit.line" : "admin.audit.refused", new
        {
            at = TimeZoneInfo.ConvertTime(e.At, zone).ToString("dd.MM HH:mm", CultureInfo.InvariantCulture),
            who = names[e.ActorId],
            id = e.ActorId,
            action = e.Action,
            target = e.Target ?? string.Empty,
        }))]);
        ctx.Reply(TextRef.Of("admin.audit.text", new { count = entries.Count, lines }));
    }
}
