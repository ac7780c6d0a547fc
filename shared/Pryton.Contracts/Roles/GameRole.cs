namespace Pryton.Contracts.Roles;

/// <summary>A seated player's part in a started game. Observers have none.</summary>
public enum GameRole
{
    Driver,
    Seeker,
}
