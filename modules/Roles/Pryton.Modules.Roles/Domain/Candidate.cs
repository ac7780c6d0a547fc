using Pryton.Contracts.Registration;

namespace Pryton.Modules.Roles.Domain;

/// <summary>A seated player as the draw sees them: what they want, whether they have a car, how often they drove lately.</summary>
internal sealed record Candidate(long UserId, PreferredRole Preference, bool HasCar, int RecentDrives)
{
    /// <summary>Only a player with a car who does not refuse to drive can be a driver.</summary>
    public bool CanDrive => HasCar && Preference is PreferredRole.Driver or PreferredRole.Any;
}
