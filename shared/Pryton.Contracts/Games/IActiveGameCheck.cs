namespace Pryton.Contracts.Games;

/// <summary>Whether a player holds a seat in a game being played, implemented by the Games module.</summary>
public interface IActiveGameCheck
{
    Task<bool> IsSeatedInRunningGameAsync(long userId, CancellationToken ct);
}
