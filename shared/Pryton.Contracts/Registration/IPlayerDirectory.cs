namespace Pryton.Contracts.Registration;

/// <summary>Registered players, implemented by the Registration module. Callers must not cache answers across updates.</summary>
public interface IPlayerDirectory
{
    Task<PlayerSummary?> FindAsync(long userId, CancellationToken ct);

    /// <summary>The players among <paramref name="userIds"/> (unknown ids are left out).</summary>
    Task<IReadOnlyList<PlayerSummary>> FindManyAsync(IReadOnlyCollection<long> userIds, CancellationToken ct);

    /// <summary>The registered players among <paramref name="userIds"/> who are not banned (the player gate, for many at once).</summary>
    Task<IReadOnlySet<long>> ActiveAmongAsync(IReadOnlyCollection<long> userIds, CancellationToken ct);

    /// <summary>
    /// Display names of <paramref name="userIds"/> for screens and messages, one per id: "#id" for someone not (or no
    /// longer) registered, so a deleted profile never breaks a list.
    /// </summary>
    Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> userIds, CancellationToken ct);

    /// <summary>Every registered player, or those of one district (a broadcast's audience).</summary>
    Task<IReadOnlyList<long>> PlayerIdsAsync(long? districtId, CancellationToken ct);

    /// <summary>How many players are registered (the statistics), without loading them.</summary>
    Task<int> CountAsync(CancellationToken ct);
}
