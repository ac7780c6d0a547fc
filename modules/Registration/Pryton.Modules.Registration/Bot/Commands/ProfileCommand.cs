using Pryton.Kernel.Bot;
using Pryton.Modules.Registration.Application;

namespace Pryton.Modules.Registration.Bot.Commands;

/// <summary><c>/profile</c>: the player's card with a button per field.</summary>
[BotCommand("profile", Audience.Player)]
internal sealed class ProfileCommand(PlayerRegistry players, ProfileView profile) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (await players.FindAsync(ctx.UserId, ct) is { } player)
        {
            await profile.ShowAsync(ctx, player, ct);
        }
    }
}
