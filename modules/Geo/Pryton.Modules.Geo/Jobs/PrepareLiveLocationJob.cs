using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Geo.Jobs;

/// <summary>
/// Ten minutes to the start: the drivers (everyone seated when roles are not drawn yet, since anyone may drive) are
/// told to have live location ready.
/// </summary>
internal sealed class PrepareLiveLocationJob(IGameQueries games, IRoleAssignment roles, IOutbound outbound) : IPrytonJob<PrepareLiveLocationData>
{
    public async Task RunAsync(PrepareLiveLocationData data, CancellationToken ct)
    {
        if (await games.FindAsync(data.GameId, ct) is not { Stage: GameStage.Recruiting or GameStage.Full } game)
        {
            return;
        }

        var seated = (await games.ParticipantsAsync(data.GameId, ct)).Select(p => p.UserId).ToList();
        var drawn = await roles.RolesAsync(data.GameId, ct);
        var to = seated.Where(id => drawn.Count == 0 || drawn.GetValueOrDefault(id) == GameRole.Driver).ToList();
        await outbound.SendToManyAsync(to, OutboundMessage.Of(TextRef.Of("geo.live.prepare", new { title = game.Title })), ct: ct);
    }
}
