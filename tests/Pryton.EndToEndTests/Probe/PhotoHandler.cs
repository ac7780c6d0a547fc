using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;

namespace Pryton.EndToEndTests.Probe;

/// <summary>Owns photos and images sent as files; answers with the file id it would store.</summary>
[BotMessage(MessageKind.Photo, Audience.Anyone)]
internal sealed class PhotoHandler : IMessageHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply(TextRef.Of("probe.photo", new { file = ctx.Photo?.FileId ?? ctx.Document?.FileId }));
        return Task.CompletedTask;
    }
}
