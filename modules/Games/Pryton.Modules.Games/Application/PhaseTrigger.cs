namespace Pryton.Modules.Games.Application;

/// <summary>What moved a game on: its timer, the players (everyone hid, everyone found) or an admin.</summary>
internal enum PhaseTrigger
{
    Timer,
    Players,
    Admin,
}
