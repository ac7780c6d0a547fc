using System.Text;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Application;
using Pryton.Modules.Games.Bot.Keyboards;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Bot.Commands;

/// <summary><c>/mygames</c>: the player's games — coming, running and past — with their place in each.</summary>
[BotCommand("mygames", Audience.Player)]
internal sealed class MyGamesCommand(GameCatalog catalog) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var games = await catalog.OfPlayerAsync(ctx.UserId, ct);
        if (games.Count == 0)
        {
            ctx.Reply("games.mine.none");
            return;
        }

        var lines = new StringBuilder();
        foreach (var (game, place) in games)
        {
            lines.AppendLine(ctx.T("games.mine.item", new
            {
                title = game.Title,
                start = GameKeyboards.Short(game),
                status = ctx.T($"games.status.{Data.Configurations.SnakeCaseEnum.ToText(game.Status)}"),
                place = ctx.T(place.Status == SeatStatus.Waitlisted ? "games.place.waitlisted" : "games.place.seated", new { position = place.WaitlistPosition }),
            }));
        }

        ctx.Reply(TextRef.Of("games.mine.title", new { games = new RawHtml(lines.ToString().TrimEnd()) }));
    }
}
