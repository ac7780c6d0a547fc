using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Registration.Data;

namespace Pryton.Modules.Registration.Bot;

/// <summary>Player commands are for registered players (anyone else is pointed to /start) who are not banned.</summary>
internal sealed class PlayerGate(RegistrationDbContext db) : IAudienceGate
{
    public Audience Audience => Audience.Player;

    public async Task<TextRef?> DenyAsync(UpdateContext ctx, string route, CancellationToken ct) =>
        await db.Players.AsNoTracking().Where(p => p.UserId == ctx.UserId).Select(p => (DateTimeOffset?)p.BannedAt ?? DateTimeOffset.MinValue).ToListAsync(ct) switch
        {
            [] => TextRef.Of("registration.required"),
            [var banned] when banned != DateTimeOffset.MinValue => TextRef.Of("registration.banned"),
            _ => null,
        };
}
