using Microsoft.EntityFrameworkCore;
using Pryton.Kernel.Bot;
using Pryton.Modules.Games.Application;
using Pryton.Modules.Games.Data;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Bot.Commands;

/// <summary>/results: the summary of the last game the player played, again, with their own outcome.</summary>
[BotCommand("results", Audience.Player)]
internal sealed class ResultsCommand(GamesDbContext db, GameResults results) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var last = await db.Players.AsNoTracking()
            .Where(p => p.UserId == ctx.UserId && p.Status == SeatStatus.Seated)
            .Join(db.Games.AsNoTracking(), p => p.GameId, g => g.Id, (p, g) => g)
            .Where(g => g.Status == GameStatus.Completed)
            .OrderByDescending(g => g.EndedAt)
            .FirstOrDefaultAsync(ct);
        if (last is null)
        {
            ctx.Reply("games.results.none");
            return;
        }

        await results.SendAsync(last, ctx.UserId, updated: false, ct);
    }
}
