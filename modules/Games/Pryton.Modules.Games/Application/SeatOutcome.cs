namespace Pryton.Modules.Games.Application;

/// <summary>What a join, leave or seat offer came to.</summary>
internal enum SeatOutcome
{
    Seated,
    Waitlisted,
    AlreadySeated,
    AlreadyWaitlisted,
    Left,
    NotInGame,
    Closed,
    NoSuchGame,
    OfferExpired,
    Invalid,
}
