using System.Diagnostics;
using Autofac;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pryton.Kernel.Database;
using Pryton.Kernel.Observability;

namespace Pryton.Kernel.UnitOfWork;

internal sealed class UnitOfWorkRunner(ILifetimeScope root, NpgsqlDataSource dataSource, ILogger<UnitOfWorkRunner> logger)
    : IUnitOfWork
{
    public Task RunAsync(string kind, Func<ILifetimeScope, CancellationToken, Task> work, CancellationToken ct) =>
        RunAsync<bool>(kind, async (scope, token) =>
        {
            await work(scope, token);
            return true;
        }, ct);

    public async Task<T> RunAsync<T>(string kind, Func<ILifetimeScope, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var session = new DbSession(connection, transaction);
        var afterCommit = new AfterCommitActions();
        await using var scope = root.BeginLifetimeScope();
        scope.Resolve<CurrentUnitOfWork>().Begin(session, afterCommit);

        T result;
        try
        {
            result = await work(scope, ct);
            foreach (var context in session.Contexts)
            {
                await context.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }
        catch
        {
            // The transaction has not committed: nothing of this unit is durable. Roll back explicitly so the
            // connection returns to the pool clean, then let the caller decide (retry, apologise, park).
            await RollbackQuietlyAsync(transaction, kind);
            KernelMetrics.UnitsOfWork.WithLabels(kind, "rolled_back").Inc();
            throw;
        }

        // Back to the pool before the after-commit work (timers to the scheduler, hand-offs): that work needs no
        // connection of this unit, and holding one while the scheduler waits for its own let a burst of units
        // (a hundred organisers at one deadline) hold the whole pool.
        await connection.CloseAsync();
        KernelMetrics.UnitsOfWork.WithLabels(kind, "committed").Inc();
        KernelMetrics.UnitOfWorkSeconds.WithLabels(kind).Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
        await afterCommit.RunAsync(logger, ct);
        return result;
    }

    private async Task RollbackQuietlyAsync(NpgsqlTransaction transaction, string kind)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // A broken connection already rolled the transaction back on the server side.
            logger.LogDebug(ex, "Rollback of a {Kind} unit of work failed; the connection is gone", kind);
        }
    }
}
