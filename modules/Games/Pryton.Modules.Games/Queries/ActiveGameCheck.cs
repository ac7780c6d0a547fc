using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Games;
using Pryton.Modules.Games.Data;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Queries;

internal sealed class ActiveGameCheck(GamesDbContext db) : IActiveGameCheck
{
    public Task<bool> IsSeatedInRunningGameAsync(long userId, CancellationToken ct) =>
        db.Players.AsNoTracking()
            .Where(p => p.UserId == userId && p.Status == SeatStatus.Seated)
            .Join(db.Games, p => p.GameId, g => g.Id, (p, g) => g)
            .AnyAsync(g => g.Status == GameStatus.HidingPhase || g.Status == GameStatus.SearchingPhase, ct);
}
