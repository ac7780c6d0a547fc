using Pryton.Kernel.Scheduling;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games.Jobs;

/// <summary>The scheduled start: starts the game, cancels it for want of players, or asks the admins (manual control).</summary>
internal sealed class StartGameJob(GameStart start) : IPrytonJob<StartGameData>
{
    public Task RunAsync(StartGameData data, CancellationToken ct) => start.OnScheduleAsync(data.GameId, ct);
}
