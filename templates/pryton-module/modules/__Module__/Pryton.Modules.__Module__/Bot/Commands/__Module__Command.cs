using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.__Module__.Data;

namespace Pryton.Modules.__Module__.Bot.Commands;

/// <summary><c>/__module__</c>: how many players signed up since the module was added.</summary>
[BotCommand("__module__", Audience.Anyone)]
internal sealed class __Module__Command(__Module__DbContext db) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var count = await db.Newcomers.CountAsync(ct);
        ctx.Reply(TextRef.Of("__module__.newcomers", new { count }));
    }
}
