using Autofac;

namespace Pryton.Kernel.UnitOfWork;

/// <summary>
/// Runs one piece of work (an update, a job run, an event delivery) in its own Autofac lifetime scope with one
/// PostgreSQL connection and one transaction. The work commits once at the end and rolls back on any exception.
/// </summary>
public interface IUnitOfWork
{
    /// <param name="kind">What runs (<c>update</c>, <c>job</c>, <c>event</c>): a label for logs and metrics.</param>
    /// <param name="work">The work; it resolves what it needs from the scope it is given and must not keep it.</param>
    Task RunAsync(string kind, Func<ILifetimeScope, CancellationToken, Task> work, CancellationToken ct);

    /// <summary>Runs work that decides something and returns it; the result is returned only after the commit.</summary>
    Task<T> RunAsync<T>(string kind, Func<ILifetimeScope, CancellationToken, Task<T>> work, CancellationToken ct);
}
