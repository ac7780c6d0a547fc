using System.Globalization;
using Pryton.Contracts.Geo;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Application;
using Pryton.Modules.Games.Bot.Keyboards;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Bot;

/// <summary>The game card: what, where, when (in the game's time zone), seats, the viewer's place, and the buttons.</summary>
internal sealed class GameCardView(GameCatalog catalog, Followers followers, IPlayerDirectory players, IDistrictDirectory districts, TimeProvider clock)
{
    public async Task ShowAsync(UpdateContext ctx, long gameId, CancellationToken ct)
    {
        if (await catalog.FindAsync(gameId, ct) is not { } game)
        {
            ctx.Toast("games.card.gone", alert: true);
            return;
        }

        var (seated, waitlisted) = await catalog.CountsAsync(game.Id, ct);
        var place = await catalog.PlaceOfAsync(game.Id, ctx.UserId, ct);
        var district = (await districts.FindAsync(game.DistrictId, ct))?.Name ?? "—";
        var text = TextRef.Of("games.card.text", new
        {
            title = game.Title,
            district,
            start = game.LocalStart.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
            zone = game.TimeZone,
            seated,
            max = game.MaxParticipants,
            waitlisted,
            status = ctx.T($"games.status.{Data.Configurations.SnakeCaseEnum.ToText(game.Status)}"),
            place = ctx.T(PlaceKey(place), new { position = place?.WaitlistPosition }),
            description = game.Description ?? string.Empty,
            clock = PhaseClock(game),
        });
        var follows = await followers.FollowsAsync(game.Id, ctx.UserId, ct);
        var observer = (await players.FindAsync(ctx.UserId, ct))?.PreferredRole == PreferredRole.Observer;
        var canSignUp = game.OpenForSignUp(clock.GetUtcNow()) && (!observer || place?.HoldsSeat == true);
        ctx.EditOrReply(text, GameKeyboards.Card(game, place, canSignUp, follows));
    }

    /// <summary>While a phase runs: its deadline in the game's time zone, or that the clock is stopped.</summary>
    private static TextRef PhaseClock(Game game) => game switch
    {
        { Running: true, PausedAt: not null } => TextRef.Of("games.card.paused"),
        { Running: true, PhaseEndsAt: { } endsAt } => TextRef.Of("games.card.phase-ends", new { deadline = Application.GameMessenger.Clock(game, endsAt) }),
        _ => TextRef.Plain(string.Empty),
    };

    private static string PlaceKey(GamePlayer? place) => place?.Status switch
    {
        SeatStatus.Seated => "games.place.seated",
        SeatStatus.Offered => "games.place.offered",
        SeatStatus.Waitlisted => "games.place.waitlisted",
        _ => "games.place.none",
    };
}
