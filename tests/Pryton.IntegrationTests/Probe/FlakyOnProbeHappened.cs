using Pryton.Kernel.Database;
using Pryton.Kernel.Events;

namespace Pryton.IntegrationTests.Probe;

/// <summary>Writes its row, then fails while the behaviour says so: the write must roll back with the failure.</summary>
internal sealed class FlakyOnProbeHappened(DbSession session, ProbeBehaviour behaviour) : IEventHandler<ProbeHappened>
{
    public async Task HandleAsync(ProbeHappened @event, CancellationToken ct)
    {
        await using var command = session.Command("INSERT INTO probe.deliveries (handler, text) VALUES ('flaky', @text)");
        command.Parameters.AddWithValue("text", @event.Text);
        await command.ExecuteNonQueryAsync(ct);
        if (behaviour.ShouldFail())
        {
            throw new InvalidOperationException("flaky handler failed on purpose");
        }
    }
}
