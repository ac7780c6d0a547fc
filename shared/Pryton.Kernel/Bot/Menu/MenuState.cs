namespace Pryton.Kernel.Bot.Menu;

/// <summary>A player's situation, most pressing last: the menu shows the buttons of the highest state present.</summary>
public enum MenuState
{
    Default = 0,
    GameJustEnded = 1,
    GameStartingSoon = 2,
    InActiveGame = 3,
}
