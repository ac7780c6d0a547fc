using Pryton.Kernel.Bot;

namespace Pryton.Modules.Photos.Bot;

/// <summary>A file that is not an image: nothing in the game takes one, so it is explained and not kept.</summary>
[BotMessage(MessageKind.Document, Audience.Anyone)]
internal sealed class DocumentMessageHandler : IMessageHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply("photos.wrong.not-image");
        return Task.CompletedTask;
    }
}
