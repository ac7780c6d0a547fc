namespace Pryton.Contracts.Games;

/// <summary>
/// The Games module's public entry points for buttons other modules show (a reminder's "Leave", an announcement's
/// "Join"): callback data <c>games:&lt;action&gt;:&lt;gameId&gt;</c>. The Games module re-checks everything on a press.
/// </summary>
public static class GameScreens
{
    public const string Module = "games";

    public const string OpenAction = "open";

    public const string JoinAction = "join";

    public const string LeaveAction = "leave";
}
