using System.Linq.Expressions;

namespace Pryton.Modules.Games.Domain;

/// <summary>A player's place in a game (one row per game and player, kept after leaving for the record).</summary>
internal sealed class GamePlayer
{
    public long Id { get; set; }

    public long GameId { get; set; }

    public long UserId { get; set; }

    public SeatStatus Status { get; set; }

    public int? WaitlistPosition { get; set; }

    public DateTimeOffset? OfferedUntil { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set at the start: whether the player began the game as a driver.</summary>
    public bool? HidAsDriver { get; set; }

    public DateTimeOffset? HiddenAt { get; set; }

    public DateTimeOffset? FoundAt { get; set; }

    public long? FoundBy { get; set; }

    /// <summary>
    /// Holds a place in the game — a seat, a seat on offer, or a place in line: what "enrolled" means in every query
    /// (an expression, so the database filters).
    /// </summary>
    public static readonly Expression<Func<GamePlayer, bool>> Enrolled =
        p => p.Status == SeatStatus.Seated || p.Status == SeatStatus.Offered || p.Status == SeatStatus.Waitlisted;

    public bool HoldsSeat => Status is SeatStatus.Seated or SeatStatus.Offered;
}
