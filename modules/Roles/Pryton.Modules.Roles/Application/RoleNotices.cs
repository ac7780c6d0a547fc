using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Roles.Application;

/// <summary>
/// What players hear about their roles before the start, when <c>notify_on_role_assignment</c> is on: a role drawn
/// ahead of the start, or set by an admin. (At the start the game's own message names the role.)
/// </summary>
internal sealed class RoleNotices(IGameQueries games, IGameSettings settings, RoleNames names, IOutbound outbound)
{
    public async Task RolesDrawnAsync(long gameId, IReadOnlyList<KeyValuePair<long, GameRole>> drawn, CancellationToken ct)
    {
        if (!(await settings.CurrentAsync(ct)).NotifyOnRoleAssignment || await games.FindAsync(gameId, ct) is not { } game)
        {
            return;
        }

        var start = game.Local(game.StartsAt).ToString("dd.MM HH:mm", CultureInfo.InvariantCulture);
        foreach (var role in new[] { GameRole.Driver, GameRole.Seeker })
        {
            var to = drawn.Where(d => d.Value == role).Select(d => d.Key).ToList();
            if (to.Count > 0)
            {
                var text = TextRef.Of("roles.drawn.notice", new { title = game.Title, role = await names.OfAsync(role, ct), start });
                await outbound.SendToManyAsync(to, OutboundMessage.Of(text), ct: ct);
            }
        }
    }

    public async Task ManualAsync(long gameId, long userId, GameRole role, CancellationToken ct)
    {
        if ((await settings.CurrentAsync(ct)).NotifyOnRoleAssignment && await games.FindAsync(gameId, ct) is { } game)
        {
            var text = TextRef.Of("roles.manual.notice", new { title = game.Title, role = await names.OfAsync(role, ct) });
            await outbound.SendAsync(userId, OutboundMessage.Of(text), ct: ct);
        }
    }
}
