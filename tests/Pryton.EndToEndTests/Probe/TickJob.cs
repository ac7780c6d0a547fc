using Pryton.Kernel.Database;
using Pryton.Kernel.Scheduling;

namespace Pryton.EndToEndTests.Probe;

internal sealed record TickData(long Id, DateTimeOffset Due);

/// <summary>A timer that leaves a row each time it fires, with the replica that fired it: firing twice shows.</summary>
internal sealed class TickJob(DbSession session) : IPrytonJob<TickData>
{
    public async Task RunAsync(TickData data, CancellationToken ct)
    {
        await using var command = session.Command("INSERT INTO probe.runs (chat_id, what) VALUES (@id, 'tick ' || @late)");
        command.Parameters.AddWithValue("id", data.Id);
        command.Parameters.AddWithValue("late", (DateTimeOffset.UtcNow - data.Due).TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(ct);
    }
}
