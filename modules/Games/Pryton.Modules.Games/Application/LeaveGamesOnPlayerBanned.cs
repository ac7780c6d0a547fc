using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Games;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Events;
using Pryton.Modules.Games.Data;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// A banned player is taken out of every game that has not started, as if the organiser who banned them removed them
/// from each: the seat or the place in line goes to the next person, the game's log names the organiser, and the
/// player is told per game. A game already under way is left to its organisers, who may remove them there too.
/// </summary>
internal sealed class LeaveGamesOnPlayerBanned(GamesDbContext db, IGameControl control) : IEventHandler<PlayerBanned>
{
    public async Task HandleAsync(PlayerBanned @event, CancellationToken ct)
    {
        var upcoming = await (
            from player in db.Players.AsNoTracking().Where(GamePlayer.Enrolled)
            join game in db.Games.AsNoTracking() on player.GameId equals game.Id
            where player.UserId == @event.UserId && (game.Status == GameStatus.Recruiting || game.Status == GameStatus.Full)
            orderby game.Id
            select game.Id).ToListAsync(ct);
        foreach (var gameId in upcoming)
        {
            await control.KickAsync(gameId, @event.AdminId, @event.UserId, ct);
        }
    }
}
