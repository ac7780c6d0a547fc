using Pryton.Kernel.Database;
using Pryton.Kernel.Scheduling;

namespace Pryton.IntegrationTests.Probe;

/// <summary>Records each run as a row, in the job's own unit of work.</summary>
internal sealed class ProbeJob(DbSession session) : IPrytonJob<ProbeJobData>
{
    public async Task RunAsync(ProbeJobData data, CancellationToken ct)
    {
        await using var command = session.Command("INSERT INTO probe.deliveries (handler, text) VALUES ('job', @text)");
        command.Parameters.AddWithValue("text", data.Text);
        await command.ExecuteNonQueryAsync(ct);
        if (data.Fail)
        {
            throw new InvalidOperationException("job failed on purpose");
        }
    }
}
