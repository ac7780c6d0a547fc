using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Notifications.Jobs;

/// <summary>"The search ends in 10 / 5 / 1 min" to everyone in the game — only while that deadline still stands.</summary>
internal sealed class SearchEndsJob(IGameQueries games, IOutbound outbound) : IPrytonJob<SearchEndsData>
{
    public async Task RunAsync(SearchEndsData data, CancellationToken ct)
    {
        if (await games.FindAsync(data.GameId, ct) is not { Stage: GameStage.Searching, PausedAt: null, PhaseEndsAt: { } endsAt } game
            || (endsAt - data.EndsAt).Duration() > TimeSpan.FromSeconds(1))
        {
            return;
        }

        var players = (await games.ParticipantsAsync(game.Id, ct)).Select(p => p.UserId).ToList();
        var text = TextRef.Of("notifications.search-ends", new { title = game.Title, minutes = data.MinutesLeft, time = game.Local(endsAt).ToString("HH:mm", CultureInfo.InvariantCulture) });
        await outbound.SendToManyAsync(players, OutboundMessage.Of(text), new SendOptions(CoalesceKey: $"countdown.{game.Id}"), ct);
    }
}
