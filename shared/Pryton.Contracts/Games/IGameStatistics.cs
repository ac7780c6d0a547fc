namespace Pryton.Contracts.Games;

/// <summary>Statistics and the export of every game's players, implemented by the Games module.</summary>
public interface IGameStatistics
{
    Task<GameStatistics> SummaryAsync(int top, CancellationToken ct);

    /// <summary>Every enrolment of every game, oldest game first.</summary>
    Task<IReadOnlyList<GameRecordRow>> RecordsAsync(CancellationToken ct);

    /// <summary>One player's games, newest first.</summary>
    Task<IReadOnlyList<GameRecordRow>> RecordsOfAsync(long userId, int take, CancellationToken ct);

    /// <summary>What is happening: games starting in [<paramref name="from"/>, <paramref name="to"/>), games per district, the latest games and sign-ups.</summary>
    Task<GameActivity> ActivityAsync(DateTimeOffset from, DateTimeOffset to, int take, CancellationToken ct);
}
