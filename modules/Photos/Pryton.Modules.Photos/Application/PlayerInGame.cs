using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;

namespace Pryton.Modules.Photos.Application;

/// <summary>Where a player stands right now: the running game they play in and their current role in it.</summary>
internal sealed class PlayerInGame(IGameQueries games, IRoleAssignment roles)
{
    public async Task<(GameSnapshot Game, GameRole? Role)?> CurrentAsync(long userId, CancellationToken ct)
    {
        if (await games.RunningGameOfAsync(userId, ct) is not { } game)
        {
            return null;
        }

        var current = await roles.RolesAsync(game.Id, ct);
        return (game, current.TryGetValue(userId, out var role) ? role : null);
    }

    /// <summary>Drivers of the game not found yet (the seeker's choice of whom they found).</summary>
    public async Task<IReadOnlyList<long>> HiddenDriversAsync(long gameId, CancellationToken ct) =>
        [.. (await games.ParticipantsAsync(gameId, ct)).Where(p => p.HidAsDriver && p.FoundAt is null).Select(p => p.UserId)];
}
