using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Modules.Photos.Application;
using Pryton.Modules.Photos.Bot.Flows;

namespace Pryton.Modules.Photos.Bot.Commands;

/// <summary>"I found a car" (the seeker's menu button): pick the driver, then send the photo.</summary>
[BotCommand("found", Audience.Player)]
internal sealed class FoundCommand(PlayerInGame position) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        switch (await position.CurrentAsync(ctx.UserId, ct))
        {
            case { Game.Stage: GameStage.Searching, Role: GameRole.Seeker } here:
                ctx.StartFlow<ClaimFlow>(new ClaimDraft(here.Game.Id));
                break;
            case { Game.Stage: GameStage.Hiding }:
                ctx.Reply("photos.wrong.seeker-hiding");
                break;
            case { Role: GameRole.Driver }:
                ctx.Reply("photos.wrong.not-seeker");
                break;
            default:
                ctx.Reply("photos.wrong.no-game");
                break;
        }
    }
}
