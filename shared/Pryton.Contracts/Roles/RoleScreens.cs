namespace Pryton.Contracts.Roles;

/// <summary>
/// The Roles module's public entry point for a button another module shows (an admin's "assign roles" when a game
/// cannot start): callback data <c>roles:game:&lt;gameId&gt;</c> opens the game's role screen.
/// </summary>
public static class RoleScreens
{
    public const string Module = "roles";

    public const string GameAction = "game";
}
