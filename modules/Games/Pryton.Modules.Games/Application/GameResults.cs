using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Domain;
using static Pryton.Modules.Games.Application.GameMessenger;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// The summary of a finished game (GAME-RULES §14.8): how long it took, each driver with who found them and when (or
/// "not found — wins"), the fastest find, and for each player their own outcome. Admins and followers get it too.
/// </summary>
internal sealed class GameResults(GameStore store, GameMessenger messenger)
{
    public Task SendAsync(Game game, CancellationToken ct) => SendAsync(game, onlyTo: null, updated: false, ct);

    /// <param name="onlyTo">One player asking for the results again (/results); everyone when null.</param>
    /// <param name="updated">A find confirmed after the end changed them: they say so at the top.</param>
    public async Task SendAsync(Game game, long? onlyTo, bool updated, CancellationToken ct)
    {
        var players = await store.SeatedAsync(game.Id, ct);
        var names = await messenger.NamesAsync([.. players.Select(p => p.UserId), .. players.Where(p => p.FoundBy is not null).Select(p => p.FoundBy!.Value)], ct);
        var searchFrom = game.SearchStartedAt ?? game.StartedAt ?? game.StartsAt;
        var drivers = players.Where(p => p.HidAsDriver == true).ToList();
        var lines = new TextLines([.. drivers.Select(d => d.FoundAt is { } at
            ? TextRef.Of(d.FoundBy is { } by ? "games.results.found-by" : "games.results.found", new
            {
                driver = names[d.UserId],
                seeker = d.FoundBy is { } seeker ? names[seeker] : string.Empty,
                minutes = Minutes(at - searchFrom),
            })
            : TextRef.Of("games.results.winner", new { driver = names[d.UserId] }))]);
        var fastest = drivers.Where(d => d.FoundAt is not null && d.FoundBy is not null).MinBy(d => d.FoundAt);
        var summary = new
        {
            heading = updated ? TextRef.Of("games.results.updated") : TextRef.Plain(string.Empty),
            title = game.Title,
            reason = TextRef.Of($"games.end.{game.EndReason}"),
            duration = Minutes((game.EndedAt ?? game.StartsAt) - (game.StartedAt ?? game.StartsAt)),
            drivers = lines,
            fastest = fastest is null ? TextRef.Plain(string.Empty)
                : TextRef.Of("games.results.fastest", new { seeker = names[fastest.FoundBy!.Value], minutes = Minutes(fastest.FoundAt!.Value - searchFrom) }),
        };

        foreach (var player in players.Where(p => onlyTo is null || p.UserId == onlyTo))
        {
            var own = player.HidAsDriver == true
                ? player.FoundAt is { } at ? TextRef.Of("games.results.own.found", new { minutes = Minutes(at - searchFrom) }) : TextRef.Of("games.results.own.winner")
                : TextRef.Of("games.results.own.seeker", new { count = drivers.Count(d => d.FoundBy == player.UserId) });
            await messenger.ToAsync(player.UserId, TextRef.Of("games.results.text", new { summary.heading, summary.title, summary.reason, summary.duration, summary.drivers, summary.fastest, own }), null, ct);
        }

        if (onlyTo is not null)
        {
            return;
        }

        var general = TextRef.Of("games.results.text", new { summary.heading, summary.title, summary.reason, summary.duration, summary.drivers, summary.fastest, own = TextRef.Plain(string.Empty) });
        await messenger.ToAdminsAsync(general, null, ct);
        await messenger.ToFollowersAsync(game.Id, [.. players.Select(p => p.UserId)], general, ct);
    }
}
