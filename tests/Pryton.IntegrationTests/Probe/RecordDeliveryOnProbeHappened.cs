using Pryton.Kernel.Database;
using Pryton.Kernel.Events;

namespace Pryton.IntegrationTests.Probe;

/// <summary>Writes a row per delivery in its own unit of work, so a test can count deliveries in SQL.</summary>
internal sealed class RecordDeliveryOnProbeHappened(DbSession session) : IEventHandler<ProbeHappened>
{
    public async Task HandleAsync(ProbeHappened @event, CancellationToken ct)
    {
        await using var command = session.Command("INSERT INTO probe.deliveries (handler, text) VALUES ('record', @text)");
        command.Parameters.AddWithValue("text", @event.Text);
        await command.ExecuteNonQueryAsync(ct);
    }
}
