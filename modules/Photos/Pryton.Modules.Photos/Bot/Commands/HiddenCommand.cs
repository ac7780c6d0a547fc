using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Modules.Photos.Application;

namespace Pryton.Modules.Photos.Bot.Commands;

/// <summary>The driver's "hiding photo" button: explains what to send (a bot cannot open the camera for them).</summary>
[BotCommand("hidden", Audience.Player)]
internal sealed class HiddenCommand(PlayerInGame position) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct) =>
        ctx.Reply(await position.CurrentAsync(ctx.UserId, ct) switch
        {
            { Game.Stage: GameStage.Hiding, Role: GameRole.Driver } => "photos.hiding.how",
            { Game.Stage: GameStage.Searching, Role: GameRole.Driver } => "photos.wrong.driver-searching",
            { Role: GameRole.Seeker } => "photos.wrong.not-driver",
            _ => "photos.wrong.no-game",
        });
}
