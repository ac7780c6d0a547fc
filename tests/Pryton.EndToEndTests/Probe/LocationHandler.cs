using System.Globalization;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;

namespace Pryton.EndToEndTests.Probe;

/// <summary>Owns locations: one-off points, the first live message and every live move.</summary>
[BotMessage(MessageKind.Location, Audience.Anyone)]
internal sealed class LocationHandler : IMessageHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var point = string.Create(CultureInfo.InvariantCulture, $"{ctx.Location!.Latitude:0.0000},{ctx.Location.Longitude:0.0000}");
        ctx.Reply(TextRef.Of(ctx.IsEdit ? "probe.moved" : ctx.IsLiveLocation ? "probe.live" : "probe.point", new { point }));
        return Task.CompletedTask;
    }
}
