using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Modules.Geo.Application;

namespace Pryton.Modules.Geo.Bot.Callbacks;

/// <summary>The game picked from /where's list.</summary>
[BotCallback("where", Audience.Admin)]
internal sealed class WhereGameCallback(IGameQueries games, WhereReport report) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw] || !long.TryParse(raw, out var gameId) || await games.FindAsync(gameId, ct) is not { Running: true } game)
        {
            ctx.Toast("geo.where.not-running", alert: true);
            return;
        }

        await report.ShowAsync(ctx, game, ct);
    }
}
