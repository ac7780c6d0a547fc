using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot;

/// <summary>One game under an organiser's hand: its stage and clock, who plays, what was found, and the actions its stage allows.</summary>
internal sealed class GameControlScreen(IGameQueries games, TimeProvider clock)
{
    public async Task ShowAsync(UpdateContext ctx, long gameId, CancellationToken ct)
    {
        if (await games.FindAsync(gameId, ct) is not { } game)
        {
            ctx.Toast("admin.game.gone", alert: true);
            return;
        }

        var players = await games.ParticipantsAsync(gameId, ct);
        var drivers = players.Where(p => p.HidAsDriver).ToList();
        var clockLine = game switch
        {
            { Running: true, PausedAt: not null } => TextRef.Of("admin.game.paused"),
            { Running: true, PhaseEndsAt: { } endsAt } => TextRef.Of("admin.game.ends", new
            {
                time = game.Local(endsAt).ToString("HH:mm", CultureInfo.InvariantCulture),
                minutes = Math.Max(0, (int)Math.Round((endsAt - clock.GetUtcNow()).TotalMinutes)),
            }),
            _ => TextRef.Plain(string.Empty),
        };
        ctx.EditOrReply(TextRef.Of("admin.game.text", new
        {
            title = game.Title,
            stage = TextRef.Of(AdminKeyboards.StageKey(game.Stage)),
            clock = clockLine,
            start = game.Local(game.StartsAt).ToString("dd.MM HH:mm", CultureInfo.InvariantCulture),
            seated = players.Count,
            max = game.MaxParticipants,
            drivers = drivers.Count,
            hidden = drivers.Count(d => d.HiddenAt is not null),
            found = drivers.Count(d => d.FoundAt is not null),
        }), AdminKeyboards.Control(game));
    }
}
