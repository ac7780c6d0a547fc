namespace Pryton.Kernel.Bot;

/// <summary>
/// Who the admins are, for their command menus. The Admin module implements it; without it the kernel uses the
/// bootstrap list (ADMIN_USER_IDS).
/// </summary>
public interface IAdminDirectory
{
    Task<IReadOnlyList<long>> AdminIdsAsync(CancellationToken ct);
}
