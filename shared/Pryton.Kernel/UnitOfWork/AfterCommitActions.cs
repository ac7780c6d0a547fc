using Microsoft.Extensions.Logging;
using Pryton.Kernel.Observability;

namespace Pryton.Kernel.UnitOfWork;

internal sealed class AfterCommitActions : IAfterCommit
{
    private readonly List<Func<CancellationToken, Task>> actions = [];
    private readonly List<Action> wakeUps = [];

    public void Add(Action action) => actions.Add(_ =>
    {
        action();
        return Task.CompletedTask;
    });

    public void Add(Func<CancellationToken, Task> action) => actions.Add(action);

    public void AddWakeUp(Action wakeUp) => wakeUps.Add(wakeUp);

    public async Task RunAsync(ILogger logger, CancellationToken ct)
    {
        foreach (var action in actions.Concat(wakeUps.Select(w => (Func<CancellationToken, Task>)(_ =>
                 {
                     w();
                     return Task.CompletedTask;
                 }))))
        {
            try
            {
                await action(ct);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "An after-commit action failed; the committed changes stand");
                KernelMetrics.Errors.WithLabels("kernel", "after_commit").Inc();
            }
        }
    }
}
