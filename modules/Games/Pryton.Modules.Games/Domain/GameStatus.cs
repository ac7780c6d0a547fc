namespace Pryton.Modules.Games.Domain;

/// <summary>A game's state; stored as snake_case text (recruiting, full, hiding_phase, …).</summary>
internal enum GameStatus
{
    Recruiting,
    Full,
    HidingPhase,
    SearchingPhase,
    Completed,
    Canceled,
}
