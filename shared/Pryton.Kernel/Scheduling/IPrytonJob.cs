namespace Pryton.Kernel.Scheduling;

/// <summary>
/// A scheduled job of a module. It runs in its own unit of work, like an update. It must be idempotent: the state it
/// acts on may have moved on (an admin already ended the phase) or a misfired trigger may run it late at start-up.
/// </summary>
/// <typeparam name="TData">Ids only, stored as JSON with the trigger: renaming a property breaks pending triggers.</typeparam>
public interface IPrytonJob<in TData>
    where TData : class
{
    Task RunAsync(TData data, CancellationToken ct);
}
