namespace Pryton.Contracts.Roles;

/// <summary>What a manual role change came to.</summary>
public enum RoleChangeResult
{
    Done,
    NoSuchGame,
    GameStarted,
    NotSeated,
    TooManyDrivers,
}
