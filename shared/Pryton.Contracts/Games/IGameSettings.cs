namespace Pryton.Contracts.Games;

/// <summary>The live game settings, implemented by the Games module (their home) and edited through the Admin module.</summary>
public interface IGameSettings
{
    Task<GameSettings> CurrentAsync(CancellationToken ct);

    Task SaveAsync(GameSettings settings, long adminId, CancellationToken ct);
}
