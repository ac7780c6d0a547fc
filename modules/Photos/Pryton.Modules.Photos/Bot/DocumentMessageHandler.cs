using Pryton.Kernel.Bot;

namespace Pryton.Modules.Photos.Bot;

/// <summary>
/// A file that is not an image (a PDF, a video as a file, an archive): the game only takes pictures, so the player
/// is told how to send one, and nothing is kept.
/// </summary>
[BotMessage(MessageKind.Document, Audience.Player)]
internal sealed class DocumentMessageHandler : IMessageHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply("photos.wrong.not-image");
        return Task.CompletedTask;
    }
}
