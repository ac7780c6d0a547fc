namespace Pryton.Kernel.Bot.Builtin;

/// <summary>
/// The admins of ADMIN_USER_IDS: the directory until a module provides its own, and the part of that one nobody can
/// revoke in the bot (the operator's list).
/// </summary>
public sealed class BootstrapAdmins(IReadOnlyList<long> adminIds) : IAdminDirectory
{
    public IReadOnlyList<long> Ids { get; } = adminIds;

    public Task<IReadOnlyList<long>> AdminIdsAsync(CancellationToken ct) => Task.FromResult(Ids);
}
