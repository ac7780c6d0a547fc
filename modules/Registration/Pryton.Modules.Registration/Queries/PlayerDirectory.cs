using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Registration;
using Pryton.Modules.Registration.Data;

namespace Pryton.Modules.Registration.Queries;

internal sealed class PlayerDirectory(RegistrationDbContext db) : IPlayerDirectory
{
    public async Task<PlayerSummary?> FindAsync(long userId, CancellationToken ct) =>
        (await db.Players.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct))?.ToSummary();

    public async Task<IReadOnlyList<PlayerSummary>> FindManyAsync(IReadOnlyCollection<long> userIds, CancellationToken ct) =>
        (await db.Players.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToListAsync(ct)).Select(p => p.ToSummary()).ToList();
}
