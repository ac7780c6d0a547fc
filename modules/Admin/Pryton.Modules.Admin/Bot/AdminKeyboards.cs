using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot;

/// <summary>Every keyboard of the admin panel, with its callback data, built in one place.</summary>
internal static class AdminKeyboards
{
    public const string Module = "admin";

    public static Keyboard Panel() => Keyboard.Inline(
        [Button.Callback("admin.panel.games", CallbackData.Create(Module, "games")), Button.Callback("admin.panel.new", CallbackData.Create(Module, "new"))],
        [Button.Callback("admin.panel.moderation", CallbackData.Create(Contracts.Photos.PhotoScreens.Module, Contracts.Photos.PhotoScreens.QueueAction)),
         Button.Callback("admin.panel.monitor", CallbackData.Create(Module, "monitor"))],
        [Button.Callback("admin.panel.broadcast", CallbackData.Create(Module, "broadcast-new")), Button.Callback("admin.panel.settings", CallbackData.Create(Module, "settings"))],
        [Button.Callback("admin.panel.places", CallbackData.Create(Module, "places")), Button.Callback("admin.panel.stats", CallbackData.Create(Module, "stats"))],
        [Button.Callback("admin.panel.players", CallbackData.Create(Module, "players")), Button.Callback("admin.panel.admins", CallbackData.Create(Module, "admins"))],
        [Button.Callback("admin.panel.rules", CallbackData.Create(Module, "rules-screen")), Button.Callback("admin.panel.jobs", CallbackData.Create(Module, "jobs"))]);

    public static Keyboard OpenGame(long gameId) => Keyboard.Inline([Button.Callback("admin.new.open", CallbackData.Create(Module, "game", gameId))]);

    /// <param name="over">The finished games' page: its switch leads back to the open ones.</param>
    public static Keyboard Games(IReadOnlyList<GameSnapshot> games, bool over = false) => Keyboard.Inline(
        games.Select(g => (IReadOnlyList<Button>)[Button.Callback(TextRef.Of("admin.games.item", new { title = g.Title, stage = TextRef.Of(StageKey(g.Stage)) }),
                CallbackData.Create(Module, "game", g.Id))])
            .Append([over ? Button.Callback("admin.games.open", CallbackData.Create(Module, "games"))
                : Button.Callback("admin.games.over", CallbackData.Create(Module, "games", "over"))])
            .Append([Button.Callback("admin.back", CallbackData.Create(Module, "panel"))]));

    /// <summary>What an organiser can do with the game in its current stage.</summary>
    public static Keyboard Control(GameSnapshot game)
    {
        var rows = new List<IReadOnlyList<Button>>();
        switch (game.Stage)
        {
            case GameStage.Recruiting or GameStage.Full:
                rows.Add([Do(game, "start"), Button.Callback("admin.game.roles", CallbackData.Create(RoleScreens.Module, RoleScreens.GameAction, game.Id))]);
                rows.Add([Do(game, "when"), Do(game, "seats")]);
                break;
            case GameStage.Hiding or GameStage.Searching:
                rows.Add(game.Stage == GameStage.Hiding ? [Do(game, "search"), Do(game, "end")] : [Do(game, "end")]);
                rows.Add([game.PausedAt is null ? Do(game, "pause") : Do(game, "resume"), Do(game, "plus10"), Do(game, "minus5")]);
                rows.Add([Button.Callback("admin.game.where", CallbackData.Create("geo", "where", game.Id))]);
                break;
        }

        if (game.Stage is not (GameStage.Completed or GameStage.Canceled))
        {
            rows.Add([Do(game, "title"), Do(game, "desc")]);
            rows.Add([Do(game, "cancel")]);
        }

        rows.Add([Button.Callback("admin.game.people", CallbackData.Create(Module, "people", game.Id))]);
        rows.Add([Button.Callback("admin.game.refresh", CallbackData.Create(Module, "game", game.Id)), Button.Callback("admin.back", CallbackData.Create(Module, "games"))]);
        return Keyboard.Inline(rows);
    }

    public static string StageKey(GameStage stage) => $"admin.stage.{stage.ToString().ToLowerInvariant()}";

    /// <summary>What to tell the organiser after a control action: <paramref name="done"/>, or why the Games module refused.</summary>
    public static string ResultKey(ControlResult result, string done = "admin.done") =>
        result.Succeeded ? done : $"admin.refusal.{result.Refusal.ToString().ToLowerInvariant()}";

    private static Button Do(GameSnapshot game, string action) => Button.Callback($"admin.game.{action}", CallbackData.Create(Module, "do", game.Id, action));
}
