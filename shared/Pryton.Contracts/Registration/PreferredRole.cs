namespace Pryton.Contracts.Registration;

/// <summary>What a player would like to play. Observers follow games without a seat and never get a role.</summary>
public enum PreferredRole
{
    Any,
    Driver,
    Seeker,
    Observer,
}
