using Pryton.Kernel.Scheduling;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games.Jobs;

/// <summary>Roles drawn ahead of the start, so players know their part in advance.</summary>
internal sealed class DrawRolesJob(GameStart start) : IPrytonJob<DrawRolesData>
{
    public Task RunAsync(DrawRolesData data, CancellationToken ct) => start.DrawRolesEarlyAsync(data.GameId, ct);
}
