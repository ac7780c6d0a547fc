using Pryton.Kernel.Scheduling;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Jobs;

/// <summary>Every few seconds while a broadcast is on its way: the sender's progress message is edited.</summary>
internal sealed class BroadcastProgressJob(Broadcasts broadcasts, IJobScheduler jobs, TimeProvider clock) : IPrytonJob<BroadcastProgressData>
{
    public async Task RunAsync(BroadcastProgressData data, CancellationToken ct)
    {
        if (await broadcasts.ReportAsync(data.BroadcastId, ct))
        {
            await jobs.ScheduleAsync(BroadcastProgressData.Key(data.BroadcastId), "admin.broadcasts", clock.GetUtcNow() + Broadcasts.ProgressEvery, data, ct);
        }
    }
}
