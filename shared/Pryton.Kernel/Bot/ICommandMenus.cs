namespace Pryton.Kernel.Bot;

/// <summary>Re-publishes the command menus (after admins change).</summary>
public interface ICommandMenus
{
    Task PublishAsync(CancellationToken ct);
}
