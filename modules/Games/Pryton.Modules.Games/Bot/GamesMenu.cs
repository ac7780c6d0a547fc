using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Data;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Bot;

/// <summary>
/// The games part of the main menu, by the player's situation: in a running game the game's status; a game of theirs
/// starting within the hour; the results right after a game; otherwise the games and their own games.
/// </summary>
internal sealed class GamesMenu(IPlayerDirectory players, GamesDbContext db, TimeProvider clock) : IMenuContributor
{
    public static readonly TimeSpan SoonWindow = TimeSpan.FromHours(1);

    public static readonly TimeSpan JustEndedWindow = TimeSpan.FromMinutes(30);

    public async Task<IReadOnlyList<MenuContribution>> ContributeAsync(long userId, CancellationToken ct)
    {
        if (await players.FindAsync(userId, ct) is null)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var (soonBefore, endedAfter) = (now + SoonWindow, now - JustEndedWindow);
        var mine = await db.Players.AsNoTracking()
            .Where(p => p.UserId == userId && p.Status == SeatStatus.Seated)
            .Join(db.Games.AsNoTracking(), p => p.GameId, g => g.Id, (p, g) => g)
            .Where(g => g.Status == GameStatus.HidingPhase || g.Status == GameStatus.SearchingPhase
                || ((g.Status == GameStatus.Recruiting || g.Status == GameStatus.Full) && g.StartsAt <= soonBefore)
                || (g.Status == GameStatus.Completed && g.EndedAt >= endedAfter))
            .ToListAsync(ct);

        var contributions = new List<MenuContribution>
        {
            new(MenuState.Default, [Button.ForCommand("games.menu.games", "/games"), Button.ForCommand("games.menu.mine", "/mygames")], Order: 10,
                Help: "games.menu.help.default"),
        };
        if (mine.Any(g => g.Running))
        {
            contributions.Add(new(MenuState.InActiveGame, [Button.ForCommand("games.menu.status", "/game"), Button.ForCommand("games.menu.rules", "/rules")],
                Order: 60, Help: "games.menu.help.in-game"));
        }

        if (mine.Where(g => g.Status is GameStatus.Recruiting or GameStatus.Full).MinBy(g => g.StartsAt) is { } next)
        {
            var label = TextRef.Of("games.menu.next", new { title = next.Title, time = next.LocalStart.ToString("HH:mm", CultureInfo.InvariantCulture) });
            contributions.Add(new(MenuState.GameStartingSoon,
                [Button.ForCommand(label, "/game"), Button.ForCommand("games.menu.mine", "/mygames"), Button.ForCommand("games.menu.games", "/games")],
                Order: 10, Help: "games.menu.help.soon"));
        }

        if (mine.Any(g => g.Status == GameStatus.Completed))
        {
            contributions.Add(new(MenuState.GameJustEnded, [Button.ForCommand("games.menu.results", "/results"), Button.ForCommand("games.menu.games", "/games")],
                Order: 10, Help: "games.menu.help.ended"));
        }

        return contributions;
    }
}
