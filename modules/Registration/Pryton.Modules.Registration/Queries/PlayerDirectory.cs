using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Modules.Registration.Data;

namespace Pryton.Modules.Registration.Queries;

internal sealed class PlayerDirectory(RegistrationDbContext db, IChatDirectory chats) : IPlayerDirectory
{
    public async Task<PlayerSummary?> FindAsync(long userId, CancellationToken ct) =>
        await FindManyAsync([userId], ct) is [var player, ..] ? player : null;

    public async Task<IReadOnlyList<PlayerSummary>> FindManyAsync(IReadOnlyCollection<long> userIds, CancellationToken ct)
    {
        var players = await db.Players.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToListAsync(ct);
        var languages = await chats.LanguagesAsync(players.Select(p => p.ChatId).ToList(), ct);
        return players.Select(p => p.ToSummary(languages.GetValueOrDefault(p.ChatId, "ru"))).ToList();
    }

    public async Task<IReadOnlySet<long>> ActiveAmongAsync(IReadOnlyCollection<long> userIds, CancellationToken ct) =>
        (await db.Players.AsNoTracking().Where(p => userIds.Contains(p.UserId) && p.BannedAt == null).Select(p => p.UserId).ToListAsync(ct)).ToHashSet();

    public async Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> userIds, CancellationToken ct)
    {
        var found = await db.Players.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.DisplayName, ct);
        return userIds.Distinct().ToDictionary(id => id, id => found.GetValueOrDefault(id) ?? "#" + id.ToString(CultureInfo.InvariantCulture));
    }

    public async Task<IReadOnlyList<long>> PlayerIdsAsync(long? districtId, CancellationToken ct) =>
        await db.Players.AsNoTracking().Where(p => districtId == null || p.DistrictId == districtId).OrderBy(p => p.UserId).Select(p => p.UserId).ToListAsync(ct);

    public Task<int> CountAsync(CancellationToken ct) => db.Players.CountAsync(ct);
}
