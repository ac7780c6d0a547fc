using Pryton.Contracts;

namespace Pryton.Kernel.Events;

/// <summary>
/// Publishes integration events. Inside a unit of work the event is written to <c>kernel.outbox</c> in the same
/// transaction as the change that caused it, and delivered to handlers only after that transaction commits.
/// </summary>
public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent @event, CancellationToken ct)
        where TEvent : class, IIntegrationEvent;
}
