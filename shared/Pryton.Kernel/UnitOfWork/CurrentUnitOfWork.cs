using Pryton.Kernel.Database;

namespace Pryton.Kernel.UnitOfWork;

/// <summary>
/// The unit of work a lifetime scope belongs to: its session and its after-commit actions, or nothing outside a
/// unit. One per scope, filled by the runner as the scope begins. The runner used to begin each unit's scope with
/// registrations of its own (the session, the actions), which makes Autofac build a registry for every update —
/// half of what the bot allocated per update. A holder resolved from an ordinary scope costs one small object.
/// </summary>
public sealed class CurrentUnitOfWork
{
    /// <summary>The unit's connection and transaction; null outside a unit of work.</summary>
    public DbSession? Session { get; private set; }

    internal AfterCommitActions? AfterCommit { get; private set; }

    internal void Begin(DbSession session, AfterCommitActions afterCommit)
    {
        if (Session is not null)
        {
            throw new InvalidOperationException("A lifetime scope belongs to one unit of work.");
        }

        Session = session;
        AfterCommit = afterCommit;
    }

    internal DbSession RequireSession() =>
        Session ?? throw new InvalidOperationException("The database session exists only inside a unit of work (IUnitOfWork.RunAsync).");

    internal IAfterCommit RequireAfterCommit() =>
        AfterCommit ?? throw new InvalidOperationException("After-commit actions exist only inside a unit of work (IUnitOfWork.RunAsync).");
}
