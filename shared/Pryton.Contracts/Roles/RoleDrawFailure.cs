namespace Pryton.Contracts.Roles;

/// <summary>Why roles could not be drawn.</summary>
public enum RoleDrawFailure
{
    /// <summary>Nobody seated has a car registered (or every car owner is locked as a seeker).</summary>
    NoEligibleDriver,

    /// <summary>Fewer than two seated players: a game needs a driver and a seeker.</summary>
    TooFewPlayers,

    /// <summary>Manual roles made everyone a driver: nobody is left to seek.</summary>
    NoSeeker,
}
