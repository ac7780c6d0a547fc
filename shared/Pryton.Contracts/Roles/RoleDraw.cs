namespace Pryton.Contracts.Roles;

/// <summary>The outcome of a role draw: the roles, or why the game cannot get them.</summary>
public sealed record RoleDraw(IReadOnlyDictionary<long, GameRole> Roles, int Seed, RoleDrawFailure? Failure = null)
{
    public bool Succeeded => Failure is null;

    public IReadOnlyList<long> Drivers => [.. Roles.Where(r => r.Value == GameRole.Driver).Select(r => r.Key).Order()];

    public IReadOnlyList<long> Seekers => [.. Roles.Where(r => r.Value == GameRole.Seeker).Select(r => r.Key).Order()];
}
