using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Roles.Application;

namespace Pryton.Modules.Roles.Bot.Commands;

/// <summary>/rolenames: the role names players read, per language, each with a button to rename it.</summary>
[BotCommand("rolenames", Audience.Admin)]
internal sealed class RoleNamesCommand(RoleNames names) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var rows = new List<IReadOnlyList<Button>>();
        foreach (var role in new[] { GameRole.Driver, GameRole.Seeker })
        {
            var current = await names.DisplayNamesAsync(role, ct);
            rows.Add([.. Language.All.Select(language => Button.Callback(
                TextRef.Plain($"{language}: {current.GetValueOrDefault(language, "—")} ✏️"),
                CallbackData.Create(RoleScreens.Module, "name", RoleBook.Name(role), language)))]);
        }

        ctx.Reply("roles.names.title", Keyboard.Inline(rows));
    }
}
