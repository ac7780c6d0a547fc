namespace Pryton.Kernel.UnitOfWork;

/// <summary>
/// Work to do once the transaction has committed (wake the outbox dispatcher, the outbound sender). Registered per
/// scope; it is never called for a rolled-back unit of work.
/// </summary>
public interface IAfterCommit
{
    void Add(Action action);
}
