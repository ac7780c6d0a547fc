using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Roles.Bot.Keyboards;

/// <summary>Every keyboard of the roles module, with its callback data, built in one place.</summary>
internal static class RoleKeyboards
{
    public static Keyboard Games(IReadOnlyList<GameSnapshot> games) => Keyboard.Inline(
        games.Select(g => (IReadOnlyList<Button>)[Button.Callback(TextRef.Plain(g.Title), CallbackData.Create(RoleScreens.Module, RoleScreens.GameAction, g.Id))]));

    /// <summary>One row per seated player: make them a driver, a seeker, or leave them to the draw.</summary>
    public static Keyboard Players(long gameId, IReadOnlyList<(long UserId, string Name)> players) => Keyboard.Inline(
        players.Select(p => (IReadOnlyList<Button>)
        [
            Button.Callback(TextRef.Plain("🚗 " + p.Name), CallbackData.Create(RoleScreens.Module, "set", gameId, p.UserId, "driver")),
            Button.Callback(TextRef.Plain("🔍"), CallbackData.Create(RoleScreens.Module, "set", gameId, p.UserId, "seeker")),
            Button.Callback(TextRef.Plain("🎲"), CallbackData.Create(RoleScreens.Module, "set", gameId, p.UserId, "auto")),
        ]).Append([Button.Callback("roles.screen.refresh", CallbackData.Create(RoleScreens.Module, "refresh", gameId))]));
}
