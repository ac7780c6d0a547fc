using Pryton.Kernel.Scheduling;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games.Jobs;

/// <summary>Minutes before the hiding ends: drivers not yet hidden are hurried, admins get the hiding count.</summary>
internal sealed class HidingWarningJob(PhaseFlow phases) : IPrytonJob<HidingWarningData>
{
    public Task RunAsync(HidingWarningData data, CancellationToken ct) => phases.WarnHidingEndsAsync(data.GameId, data.EndsAt, ct);
}
