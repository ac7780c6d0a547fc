using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Modules.Roles.Bot.Keyboards;

namespace Pryton.Modules.Roles.Bot.Commands;

/// <summary>/roles: an admin picks a game whose roles to see or set by hand.</summary>
[BotCommand("roles", Audience.Admin)]
internal sealed class RolesCommand(IGameQueries games) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var list = await games.NotOverAsync(take: 10, ct);
        ctx.Reply(list.Count == 0 ? "roles.games.none" : "roles.games.pick", list.Count == 0 ? null : RoleKeyboards.Games(list));
    }
}
