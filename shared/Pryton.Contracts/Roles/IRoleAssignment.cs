namespace Pryton.Contracts.Roles;

/// <summary>Roles in games, implemented by the Roles module.</summary>
public interface IRoleAssignment
{
    /// <summary>
    /// Gives every seated player without a role one: roles already given (by hand, or by an earlier draw for a player
    /// still seated) are kept, drivers are drawn among those with a car who want to drive, fairly over recent games,
    /// always leaving at least one seeker. Nothing is saved when the draw fails. With <paramref name="announce"/>
    /// each player is told their role now (a draw ahead of the start); otherwise the start message says it.
    /// </summary>
    Task<RoleDraw> AssignAsync(long gameId, IReadOnlyList<long> seated, int maxDrivers, bool announce, CancellationToken ct);

    Task<IReadOnlyDictionary<long, GameRole>> RolesAsync(long gameId, CancellationToken ct);

    /// <summary>A role's name as players read it, per language (admins rename roles).</summary>
    Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(GameRole role, CancellationToken ct);
}
