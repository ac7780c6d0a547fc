using Pryton.Contracts.Registration;
using Pryton.Contracts.Roles;

namespace Pryton.Modules.Roles.Domain;

/// <summary>
/// The role draw of GAME-RULES §5 (rewrite), a pure function of its inputs and a seed, so any draw can be replayed
/// and explained. Manual roles stay. Free driver seats (up to the game's maximum, always leaving one seeker) go to
/// players who can drive: volunteers for driving first, then those who do not mind; within each, whoever drove
/// least in recent games; remaining ties are broken by the seed. Everyone else seeks.
/// </summary>
internal static class RoleDrawing
{
    public static RoleDraw Draw(IReadOnlyList<Candidate> seated, IReadOnlyDictionary<long, GameRole> manual, int maxDrivers, int seed)
    {
        ArgumentNullException.ThrowIfNull(seated);
        ArgumentNullException.ThrowIfNull(manual);
        if (seated.Count < 2)
        {
            return new RoleDraw(new Dictionary<long, GameRole>(), seed, RoleDrawFailure.TooFewPlayers);
        }

        var roles = seated.Where(c => manual.ContainsKey(c.UserId)).ToDictionary(c => c.UserId, c => manual[c.UserId]);
        var free = seated.Where(c => !roles.ContainsKey(c.UserId)).ToList();
        var seekersKept = roles.Count(r => r.Value == GameRole.Seeker);
        var driverSeats = Math.Max(0, maxDrivers - roles.Count(r => r.Value == GameRole.Driver));
        var mustLeaveSeeker = seekersKept == 0 ? 1 : 0;
        var take = Math.Min(driverSeats, Math.Max(0, free.Count - mustLeaveSeeker));

        var random = new Random(seed);
        var tieBreak = free.OrderBy(c => c.UserId).ToDictionary(c => c.UserId, _ => random.Next());
        var drivers = free.Where(c => c.CanDrive)
            .OrderBy(c => c.Preference == PreferredRole.Driver ? 0 : 1)
            .ThenBy(c => c.RecentDrives)
            .ThenBy(c => tieBreak[c.UserId])
            .Take(take)
            .Select(c => c.UserId)
            .ToHashSet();
        foreach (var candidate in free)
        {
            roles[candidate.UserId] = drivers.Contains(candidate.UserId) ? GameRole.Driver : GameRole.Seeker;
        }

        var failure = !roles.ContainsValue(GameRole.Driver) ? RoleDrawFailure.NoEligibleDriver
            : !roles.ContainsValue(GameRole.Seeker) ? RoleDrawFailure.NoSeeker
            : (RoleDrawFailure?)null;
        return new RoleDraw(roles, seed, failure);
    }
}
