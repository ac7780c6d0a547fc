using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Games;
using Pryton.Kernel.Events;
using Pryton.Kernel.Modules;
using Pryton.Modules.Games.Data;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Application;

/// <summary>Schedules games and answers which ones a player can see and join.</summary>
internal sealed class GameCatalog(GamesDbContext db, AuditLog audit, IEventBus bus, IGameSettings settings, GameTimers timers, GameDefaults defaults, TimeProvider clock)
{
    public const int ListSize = 8;

    public async Task<Game> CreateAsync(NewGame request, long createdBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = await settings.CurrentAsync(ct);
        var game = new Game
        {
            Title = request.Title.Trim(),
            Description = request.Description?.Trim(),
            DistrictId = request.DistrictId,
            ZoneId = request.ZoneId,
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(request.TimeZone ?? defaults.TimeZone).Id,
            StartsAt = request.StartsAt.ToUniversalTime(),
            MaxParticipants = request.MaxParticipants,
            MaxDrivers = request.MaxDrivers,
            MinParticipants = request.MinParticipants ?? current.MinParticipantsToStart,
            HidingMinutes = request.HidingMinutes ?? current.HidingMinutes,
            SearchingMinutes = request.SearchingMinutes ?? current.SearchingMinutes,
            SeatOfferMinutes = current.SeatOfferMinutes,
            ManualControl = request.ManualControl,
            FoundBecomesSeeker = request.FoundBecomesSeeker,
            Status = GameStatus.Recruiting,
            CreatedBy = createdBy,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Games.Add(game);
        await db.SaveChangesAsync(ct); // the id is needed for the audit entry and the event
        await audit.WriteAsync(game.Id, createdBy, "game_created", new { game.Title, game.StartsAt, game.MaxParticipants }, ct);
        await timers.PlanStartAsync(game.Id, game.StartsAt, current.RoleDrawMinutesBefore, ct);
        await bus.PublishAsync(new GameCreated(game.Id, game.DistrictId, game.Title, game.StartsAt, game.TimeZone), ct);
        return game;
    }

    public Task<Game?> FindAsync(long id, CancellationToken ct) => db.Games.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);

    /// <summary>Games open for sign-up, soonest first; the player's district first unless all are asked for.</summary>
    public async Task<IReadOnlyList<Game>> JoinableAsync(long? districtId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var open = db.Games.AsNoTracking().Where(g => (g.Status == GameStatus.Recruiting || g.Status == GameStatus.Full) && g.StartsAt > now);
        if (districtId is { } district)
        {
            open = open.Where(g => g.DistrictId == district);
        }

        return await open.OrderBy(g => g.StartsAt).Take(ListSize).ToListAsync(ct);
    }

    /// <summary>A player's games that are not over, and the last finished ones.</summary>
    public async Task<IReadOnlyList<(Game Game, GamePlayer Place)>> OfPlayerAsync(long userId, CancellationToken ct)
    {
        var rows = await db.Players.AsNoTracking()
            .Where(p => p.UserId == userId && p.Status != SeatStatus.Left && p.Status != SeatStatus.Removed)
            .Join(db.Games.AsNoTracking(), p => p.GameId, g => g.Id, (p, g) => new { Game = g, Place = p })
            .OrderByDescending(x => x.Game.StartsAt)
            .Take(15)
            .ToListAsync(ct);
        return rows.Select(r => (r.Game, r.Place)).ToList();
    }

    public async Task<(int Seated, int Waitlisted)> CountsAsync(long gameId, CancellationToken ct)
    {
        var counts = await db.Players.AsNoTracking().Where(p => p.GameId == gameId)
            .GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return (counts.Where(c => c.Key is SeatStatus.Seated or SeatStatus.Offered).Sum(c => c.Count),
                counts.Where(c => c.Key == SeatStatus.Waitlisted).Sum(c => c.Count));
    }

    /// <summary>Seats held (seated or offered) per game, in one query for a whole list.</summary>
    public async Task<IReadOnlyDictionary<long, int>> SeatsTakenAsync(IReadOnlyCollection<long> gameIds, CancellationToken ct) =>
        await db.Players.AsNoTracking()
            .Where(p => gameIds.Contains(p.GameId) && (p.Status == SeatStatus.Seated || p.Status == SeatStatus.Offered))
            .GroupBy(p => p.GameId)
            .ToDictionaryAsync(g => g.Key, g => g.Count(), ct);

    public Task<GamePlayer?> PlaceOfAsync(long gameId, long userId, CancellationToken ct) =>
        db.Players.AsNoTracking().FirstOrDefaultAsync(p => p.GameId == gameId && p.UserId == userId, ct);
}
