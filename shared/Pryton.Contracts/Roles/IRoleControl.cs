namespace Pryton.Contracts.Roles;

/// <summary>Admins' manual roles before a game starts, implemented by the Roles module. A manual role is locked: no draw overwrites it.</summary>
public interface IRoleControl
{
    /// <summary>Sets and locks a seated player's role; null gives the player back to the draw.</summary>
    Task<RoleChangeResult> SetAsync(long gameId, long userId, GameRole? role, long adminId, CancellationToken ct);

    /// <summary>Exchanges two seated players' roles and locks both.</summary>
    Task<RoleChangeResult> SwapAsync(long gameId, long firstUserId, long secondUserId, long adminId, CancellationToken ct);

    /// <summary>Renames a role as players read it in one language (the original's role-display table).</summary>
    Task<bool> RenameAsync(GameRole role, string language, string displayName, long adminId, CancellationToken ct);
}
