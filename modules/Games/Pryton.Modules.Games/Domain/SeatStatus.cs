namespace Pryton.Modules.Games.Domain;

/// <summary>Where a player stands in a game: seated, offered a freed seat, queued, or gone.</summary>
internal enum SeatStatus
{
    Seated,
    Offered,
    Waitlisted,
    Left,
    Removed,
}
