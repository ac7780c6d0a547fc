using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Geo.Application;

namespace Pryton.Modules.Geo.Bot.Commands;

/// <summary>/where [game]: where every player of a running game is (admins only).</summary>
[BotCommand("where", Audience.Admin)]
internal sealed class WhereCommand(IGameQueries games, WhereReport report) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (long.TryParse(ctx.CommandArgs.Trim(), out var gameId))
        {
            if (await games.FindAsync(gameId, ct) is { Running: true } game)
            {
                await report.ShowAsync(ctx, game, ct);
            }
            else
            {
                ctx.Reply("geo.where.not-running");
            }

            return;
        }

        var running = (await games.NotOverAsync(take: 20, ct)).Where(g => g.Running).ToList();
        switch (running)
        {
            case []:
                ctx.Reply("geo.where.nothing");
                break;
            case [var only]:
                await report.ShowAsync(ctx, only, ct);
                break;
            default:
                ctx.Reply("geo.where.pick", Keyboard.Inline(running.Select(g =>
                    (IReadOnlyList<Button>)[Button.Callback(TextRef.Plain(g.Title), CallbackData.Create("geo", "where", g.Id))])));
                break;
        }
    }
}
