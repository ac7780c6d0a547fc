using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Games;
using Pryton.Modules.Games.Data;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Queries;

internal sealed class GameQueries(GamesDbContext db) : IGameQueries
{
    public async Task<GameSnapshot?> FindAsync(long gameId, CancellationToken ct) =>
        await db.Games.AsNoTracking().FirstOrDefaultAsync(g => g.Id == gameId, ct) is { } game ? Snapshot(game) : null;

    public async Task<IReadOnlyList<GameSnapshot>> NotOverAsync(int take, CancellationToken ct) =>
        (await db.Games.AsNoTracking()
            .Where(g => g.Status != GameStatus.Completed && g.Status != GameStatus.Canceled)
            .OrderBy(g => g.StartsAt).Take(take).ToListAsync(ct))
        .Select(Snapshot).ToList();

    public async Task<IReadOnlyList<GameSnapshot>> OverAsync(int take, CancellationToken ct) =>
        (await db.Games.AsNoTracking()
            .Where(g => g.Status == GameStatus.Completed || g.Status == GameStatus.Canceled)
            .OrderByDescending(g => g.StartsAt).Take(take).ToListAsync(ct))
        .Select(Snapshot).ToList();

    public async Task<GameSnapshot?> RunningGameOfAsync(long userId, CancellationToken ct) =>
        (await RunningGamesOfAsync([userId], ct)).GetValueOrDefault(userId);

    public async Task<IReadOnlyDictionary<long, GameSnapshot>> RunningGamesOfAsync(IReadOnlyCollection<long> userIds, CancellationToken ct)
    {
        var seats = await db.Players.AsNoTracking()
            .Where(p => userIds.Contains(p.UserId) && p.Status == SeatStatus.Seated)
            .Join(db.Games.AsNoTracking(), p => p.GameId, g => g.Id, (p, g) => new { p.UserId, Game = g })
            .Where(s => s.Game.Status == GameStatus.HidingPhase || s.Game.Status == GameStatus.SearchingPhase)
            .ToListAsync(ct);
        // A player seated in two running games (never by the rules, but the query must not guess): the latest start.
        return seats.GroupBy(s => s.UserId).ToDictionary(g => g.Key, g => Snapshot(g.MaxBy(s => s.Game.StartedAt)!.Game));
    }

    public async Task<IReadOnlyList<GameEnrolment>> EnrolledAsync(long gameId, CancellationToken ct) =>
        await db.Players.AsNoTracking()
            .Where(GamePlayer.Enrolled).Where(p => p.GameId == gameId)
            .OrderBy(p => p.JoinedAt)
            .Select(p => new GameEnrolment(p.UserId, p.Status != SeatStatus.Waitlisted, p.WaitlistPosition))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<GameParticipant>> ParticipantsAsync(long gameId, CancellationToken ct) =>
        await db.Players.AsNoTracking()
            .Where(p => p.GameId == gameId && p.Status == SeatStatus.Seated)
            .OrderBy(p => p.JoinedAt)
            .Select(p => new GameParticipant(p.UserId, p.HidAsDriver == true, p.HiddenAt, p.FoundAt, p.FoundBy))
            .ToListAsync(ct);

    private static GameSnapshot Snapshot(Game g) => new(
        g.Id, g.Title, Stage(g.Status), g.DistrictId, g.ZoneId, g.TimeZone, g.StartsAt, g.StartedAt, g.PhaseEndsAt, g.PausedAt,
        g.MaxParticipants, g.MaxDrivers, g.ManualControl, g.FoundBecomesSeeker);

    /// <summary>The stage other modules see for a status the Games module keeps.</summary>
    internal static GameStage Stage(GameStatus status) => status switch
    {
        GameStatus.Recruiting => GameStage.Recruiting,
        GameStatus.Full => GameStage.Full,
        GameStatus.HidingPhase => GameStage.Hiding,
        GameStatus.SearchingPhase => GameStage.Searching,
        GameStatus.Completed => GameStage.Completed,
        _ => GameStage.Canceled,
    };
}
