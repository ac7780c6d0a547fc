namespace Pryton.Contracts.Games;

/// <summary>
/// An organiser's hands on a game, implemented by the Games module and used by the Admin module. Every operation
/// re-reads the game under a row lock, is refused with a reason when the state does not allow it, sends the same
/// messages as the automatic transition and re-plans the game's timers.
/// </summary>
public interface IGameControl
{
    Task<ControlResult> StartNowAsync(long gameId, long adminId, CancellationToken ct);

    Task<ControlResult> StartSearchNowAsync(long gameId, long adminId, CancellationToken ct);

    Task<ControlResult> EndNowAsync(long gameId, long adminId, CancellationToken ct);

    Task<ControlResult> CancelAsync(long gameId, long adminId, string reason, CancellationToken ct);

    Task<ControlResult> PauseAsync(long gameId, long adminId, CancellationToken ct);

    Task<ControlResult> ResumeAsync(long gameId, long adminId, CancellationToken ct);

    /// <summary>Moves the current phase's deadline by <paramref name="minutes"/> (negative shortens, never into the past).</summary>
    Task<ControlResult> ExtendAsync(long gameId, long adminId, int minutes, CancellationToken ct);

    Task<ControlResult> RescheduleAsync(long gameId, long adminId, DateTimeOffset startsAt, CancellationToken ct);

    /// <summary>Raising frees seats for the waitlist; lowering below the seated count is refused.</summary>
    Task<ControlResult> SetCapacityAsync(long gameId, long adminId, int maxParticipants, CancellationToken ct);

    Task<ControlResult> KickAsync(long gameId, long adminId, long userId, CancellationToken ct);

    /// <summary>Marks a driver found (by nobody in particular) or takes a wrong mark back while the game runs.</summary>
    Task<ControlResult> SetFoundAsync(long gameId, long adminId, long driverId, bool found, CancellationToken ct);

    /// <summary>Plans the game's own timers again from its state (the start, or the running phase's end) — after an outage or a hand-edited schedule.</summary>
    Task<ControlResult> ReplanAsync(long gameId, long adminId, CancellationToken ct);

    /// <summary>
    /// Before the start: a seated player to the end of the waitlist (the seat goes down the line), or a waitlisted
    /// one into a free seat. The player is told.
    /// </summary>
    Task<ControlResult> MoveAsync(long gameId, long adminId, long userId, bool toWaitlist, CancellationToken ct);

    /// <summary>A new title or description (null leaves it as it is; an empty description removes it), before the game is over.</summary>
    Task<ControlResult> EditTextAsync(long gameId, long adminId, string? title, string? description, CancellationToken ct);
}
