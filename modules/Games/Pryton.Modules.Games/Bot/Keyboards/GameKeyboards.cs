using System.Globalization;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Bot.Keyboards;

/// <summary>Every keyboard of the games module, with its callback data, built in one place.</summary>
internal static class GameKeyboards
{
    public const string Module = "games";

    public static Keyboard List(IReadOnlyList<(Game Game, int Seated)> games, bool allDistricts) => Keyboard.Inline(
        games.Select(g => (IReadOnlyList<Button>)[Button.Callback(
                TextRef.Of("games.list.item", new { title = g.Game.Title, start = Short(g.Game), seated = g.Seated, max = g.Game.MaxParticipants }),
                CallbackData.Create(Module, "open", g.Game.Id))])
            .Append([
                Button.Callback(allDistricts ? "games.list.my-district" : "games.list.all-districts", CallbackData.Create(Module, "list", allDistricts ? "mine" : "all")),
                Button.Callback("games.list.refresh", CallbackData.Create(Module, "list", allDistricts ? "all" : "mine")),
            ]));

    public static Keyboard Card(Game game, GamePlayer? place, bool open, bool follows)
    {
        var rows = new List<IReadOnlyList<Button>>();
        if (open)
        {
            rows.Add(place is { Status: SeatStatus.Seated or SeatStatus.Offered or SeatStatus.Waitlisted }
                ? [Button.Callback("games.card.leave", CallbackData.Create(Module, "leave", game.Id))]
                : [Button.Callback("games.card.join", CallbackData.Create(Module, "join", game.Id))]);
        }

        if (place?.Status == SeatStatus.Offered)
        {
            rows.Add(Offer(game.Id).Rows[0]);
        }

        if (game.Running && place?.Status == SeatStatus.Seated)
        {
            rows.Add([Button.Callback("games.card.forfeit", CallbackData.Create(Module, "forfeit", game.Id, "ask"))]);
        }

        if (!game.Final && place?.Status != SeatStatus.Seated)
        {
            rows.Add([follows
                ? Button.Callback("games.card.unfollow", CallbackData.Create(Module, "follow", game.Id, "off"))
                : Button.Callback("games.card.follow", CallbackData.Create(Module, "follow", game.Id, "on"))]);
        }

        rows.Add([Button.Callback("games.card.back", CallbackData.Create(Module, "list", "mine"))]);
        return Keyboard.Inline(rows);
    }

    public static Keyboard Offer(long gameId) => Keyboard.Inline(
        [Button.Callback("games.offer.take", CallbackData.Create(Module, "seat", gameId, "yes")),
         Button.Callback("games.offer.pass", CallbackData.Create(Module, "seat", gameId, "no"))]);

    public static Keyboard ConfirmForfeit(long gameId) => Keyboard.Inline(
        [Button.Callback("games.forfeit.yes", CallbackData.Create(Module, "forfeit", gameId, "yes")),
         Button.Callback("games.forfeit.no", CallbackData.Create(Module, "open", gameId))]);

    /// <summary>For admins when a game is due or could not start: start it now, or call it off.</summary>
    public static Keyboard DueGame(long gameId) => Keyboard.Inline(
        [Button.Callback("games.due.start", CallbackData.Create(Module, "due", gameId, "start")),
         Button.Callback("games.due.cancel", CallbackData.Create(Module, "due", gameId, "cancel"))],
        [Button.Callback("games.due.roles", CallbackData.Create(RoleScreens.Module, RoleScreens.GameAction, gameId))]);

    public static Keyboard AcceptRulesAndJoin(long gameId, int version) =>
        Keyboard.Inline([Button.Callback("games.join.accept-and-join", CallbackData.Create(Module, "rules-join", gameId, version))]);

    /// <summary>"26.11 19:00" in the game's own time zone.</summary>
    public static string Short(Game game) => game.LocalStart.ToString("dd.MM HH:mm", CultureInfo.InvariantCulture);
}
