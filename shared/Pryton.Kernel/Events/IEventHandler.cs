using Pryton.Contracts;

namespace Pryton.Kernel.Events;

/// <summary>
/// Handles one integration event type. Each handler runs in its own unit of work after the publisher committed;
/// (event id, handler) is recorded in that unit, so a redelivered event is not handled twice. A handler that throws
/// is retried with backoff and parked after the last attempt: it must be safe to run again after a rollback.
/// </summary>
public interface IEventHandler<in TEvent>
    where TEvent : class, IIntegrationEvent
{
    Task HandleAsync(TEvent @event, CancellationToken ct);
}
