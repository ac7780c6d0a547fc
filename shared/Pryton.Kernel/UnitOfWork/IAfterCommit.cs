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

    /// <summary>
    /// Wakes a background worker (the sender, the event dispatcher) after every other action: nobody hears of a
    /// change — and reacts to it — before its scheduler changes are in place.
    /// </summary>
    void AddWakeUp(Action wakeUp);
}
