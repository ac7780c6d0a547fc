namespace Pryton.Kernel.UnitOfWork;

/// <summary>
/// Work to do once the transaction has committed (wake the dispatcher or the sender, apply scheduler changes).
/// Registered per scope; never called for a rolled-back unit of work. A failing action is logged, not thrown: the
/// unit's effects are already durable.
/// </summary>
public interface IAfterCommit
{
    void Add(Action action);

    void Add(Func<CancellationToken, Task> action);
}
