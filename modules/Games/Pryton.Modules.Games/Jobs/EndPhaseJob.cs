using Pryton.Kernel.Scheduling;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games.Jobs;

/// <summary>A phase's time is up: hiding turns into searching, searching ends the game. A stale timer does nothing.</summary>
internal sealed class EndPhaseJob(PhaseFlow phases) : IPrytonJob<EndPhaseData>
{
    public Task RunAsync(EndPhaseData data, CancellationToken ct) => data.Phase == "hiding"
        ? phases.EndHidingAsync(data.GameId, PhaseTrigger.Timer, ct)
        : phases.CompleteAsync(data.GameId, PhaseTrigger.Timer, ct);
}
