namespace Pryton.Contracts.Games;

/// <summary>Games and their players, implemented by the Games module. Answers are current within the caller's unit of work.</summary>
public interface IGameQueries
{
    Task<GameSnapshot?> FindAsync(long gameId, CancellationToken ct);

    /// <summary>Games not over yet (open for sign-up or running), soonest first.</summary>
    Task<IReadOnlyList<GameSnapshot>> NotOverAsync(int take, CancellationToken ct);

    /// <summary>Games over (completed or cancelled), the latest first.</summary>
    Task<IReadOnlyList<GameSnapshot>> OverAsync(int take, CancellationToken ct);

    /// <summary>The running game (hiding or searching) in which the player holds a seat, if any.</summary>
    Task<GameSnapshot?> RunningGameOfAsync(long userId, CancellationToken ct);

    /// <summary>The same for many players in one query: each player with a seat in a running game, mapped to it.</summary>
    Task<IReadOnlyDictionary<long, GameSnapshot>> RunningGamesOfAsync(IReadOnlyCollection<long> userIds, CancellationToken ct);

    /// <summary>Everyone with a place in a game: seated, offered a seat, or waiting in line.</summary>
    Task<IReadOnlyList<GameEnrolment>> EnrolledAsync(long gameId, CancellationToken ct);

    /// <summary>Seated players of a game (before the start: the current seats; after: who played).</summary>
    Task<IReadOnlyList<GameParticipant>> ParticipantsAsync(long gameId, CancellationToken ct);
}
