using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Bot;
using Pryton.Modules.Games.Data;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Bot.Commands;

/// <summary>/game: the card of the player's running game, or of their next one — status, phase and deadline, buttons.</summary>
[BotCommand("game", Audience.Player)]
internal sealed class GameCommand(GamesDbContext db, GameCardView card) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var games = await db.Players.AsNoTracking()
            .Where(GamePlayer.Enrolled).Where(p => p.UserId == ctx.UserId)
            .Join(db.Games.AsNoTracking(), p => p.GameId, g => g.Id, (p, g) => g)
            .Where(g => g.Status != GameStatus.Completed && g.Status != GameStatus.Canceled)
            .ToListAsync(ct);
        var current = games.FirstOrDefault(g => g.Running) ?? games.MinBy(g => g.StartsAt);
        if (current is null)
        {
            ctx.Reply("games.game.none");
            return;
        }

        await card.ShowAsync(ctx, current.Id, ct);
    }
}
