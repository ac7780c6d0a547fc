using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Photos.Application;
using Pryton.Modules.Photos.Bot.Flows;

namespace Pryton.Modules.Photos.Bot;

/// <summary>
/// A photo outside any dialog: a driver hiding sends the hiding spot; a seeker searching starts a claim with it;
/// anything else is explained and not kept.
/// </summary>
[BotMessage(MessageKind.Photo, Audience.Player)]
internal sealed class PhotoMessageHandler(PlayerInGame position, HidingPhotos hiding) : IMessageHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var photo = ClaimFlow.PhotoOf(ctx);
        if (photo is null || await position.CurrentAsync(ctx.UserId, ct) is not { } here)
        {
            ctx.Reply("photos.wrong.no-game");
            return;
        }

        switch (here.Game.Stage, here.Role)
        {
            case (GameStage.Hiding, GameRole.Driver):
                var hidNow = await hiding.AcceptAsync(here.Game, ctx.UserId, photo.Value.FileId, photo.Value.UniqueId, ct);
                if (!hidNow)
                {
                    ctx.Reply("photos.hiding.updated");
                }

                break;
            case (GameStage.Searching, GameRole.Seeker):
                ctx.StartFlow<ClaimFlow>(new ClaimDraft(here.Game.Id, FileId: photo.Value.FileId, FileUniqueId: photo.Value.UniqueId));
                break;
            case (GameStage.Hiding, GameRole.Seeker):
                ctx.Reply(TextRef.Of("photos.wrong.seeker-hiding"));
                break;
            case (GameStage.Searching, GameRole.Driver):
                var stillHidden = (await position.HiddenDriversAsync(here.Game.Id, ct)).Contains(ctx.UserId);
                ctx.Reply(stillHidden ? "photos.wrong.driver-searching" : "photos.wrong.driver-found");
                break;
            default:
                ctx.Reply("photos.wrong.no-role");
                break;
        }
    }
}
