namespace Pryton.Contracts.Games;

/// <summary>Why an organiser's operation on a game was refused (the Admin module words it for the admin).</summary>
public enum ControlRefusal
{
    None,
    NoSuchGame,
    WrongStage,
    Paused,
    NotPaused,
    TooFewPlayers,
    NoEligibleDriver,
    EarlyStartNotAllowed,
    InvalidValue,
    NotInGame,
    NotADriver,
    NoFreeSeat,
}
