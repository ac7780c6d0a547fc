namespace Pryton.Kernel.Bot;

/// <summary>Re-publishes the command menus (after admins change).</summary>
public interface ICommandMenus
{
    Task PublishAsync(CancellationToken ct);

    /// <summary>Takes the admin commands out of a chat's menu (an admin revoked).</summary>
    Task WithdrawAsync(long chatId, CancellationToken ct);
}
