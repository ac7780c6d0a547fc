namespace Pryton.Contracts.Games;

/// <summary>Where a game stands, as other modules see it.</summary>
public enum GameStage
{
    Recruiting,
    Full,
    Hiding,
    Searching,
    Completed,
    Canceled,
}
