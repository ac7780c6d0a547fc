namespace Pryton.Kernel.Bot.Builtin;

/// <summary>The admins of ADMIN_USER_IDS, used until a module provides its own directory.</summary>
internal sealed class BootstrapAdmins(IReadOnlyList<long> adminIds) : IAdminDirectory
{
    public Task<IReadOnlyList<long>> AdminIdsAsync(CancellationToken ct) => Task.FromResult(adminIds);
}
