using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Registration;
using Pryton.Modules.Registration.Data;
using Pryton.Modules.Registration.Domain;

namespace Pryton.Modules.Registration.Application;

internal sealed class RulesBook(RegistrationDbContext db, TimeProvider clock, PlayerRegistry players) : IRulesBook
{
    public async Task<bool> AcceptAsync(long userId, int version, CancellationToken ct)
    {
        if (version != (await CurrentRulesAsync(ct)).Version || await players.FindAsync(userId, ct) is not { } player)
        {
            return false;
        }

        if (player.RulesVersion != version)
        {
            await players.AcceptRulesAsync(player, version, ct);
        }

        return true;
    }

    public async Task<RulesVersion> CurrentAsync(CancellationToken ct) => (await CurrentRulesAsync(ct)).ToContract();

    public async Task<RulesVersion> PublishAsync(string textRu, string? textEn, long publishedBy, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(textRu);
        // Lock the table for the insert: two admins publishing at once get versions n and n+1, never a clash.
        await db.Database.ExecuteSqlRawAsync("LOCK TABLE registration.rules IN EXCLUSIVE MODE", ct);
        var next = (await db.Rules.MaxAsync(r => (int?)r.Version, ct) ?? 0) + 1;
        var rules = new Rules { Version = next, TextRu = textRu.Trim(), TextEn = textEn?.Trim(), PublishedAt = clock.GetUtcNow(), PublishedBy = publishedBy };
        db.Rules.Add(rules);
        await db.SaveChangesAsync(ct);
        return rules.ToContract();
    }

    public async Task<IReadOnlyList<RulesVersion>> HistoryAsync(int take, CancellationToken ct) =>
        (await db.Rules.AsNoTracking().OrderByDescending(r => r.Version).Take(take).ToListAsync(ct)).Select(r => r.ToContract()).ToList();

    internal Task<Rules> CurrentRulesAsync(CancellationToken ct) => db.Rules.OrderByDescending(r => r.Version).FirstAsync(ct);
}
