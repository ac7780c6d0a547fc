using System.Text.Json;
using NpgsqlTypes;
using Pryton.Contracts;
using Pryton.Kernel.Database;
using Pryton.Kernel.UnitOfWork;

namespace Pryton.Kernel.Events;

internal sealed class OutboxEventBus(DbSession session, IAfterCommit afterCommit, OutboxSignal signal, TimeProvider clock)
    : IEventBus
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private bool pulseQueued;

    public async Task PublishAsync<TEvent>(TEvent @event, CancellationToken ct)
        where TEvent : class, IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(@event);
        await using var command = session.Command(
            "INSERT INTO kernel.outbox (id, event_type, payload, created_at, next_attempt_at) VALUES (@id, @type, @payload, @now, @now)");
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        command.Parameters.AddWithValue("type", EventTypeRegistry.NameOf(@event.GetType()));
        command.Parameters.AddWithValue("payload", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(@event, @event.GetType(), Json));
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(ct);

        if (!pulseQueued)
        {
            pulseQueued = true;
            afterCommit.AddWakeUp(signal.Pulse);
        }
    }
}
