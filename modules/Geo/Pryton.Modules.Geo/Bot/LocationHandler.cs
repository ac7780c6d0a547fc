using Pryton.Kernel.Bot;
using Pryton.Modules.Geo.Application;
using Pryton.Modules.Geo.Domain;

namespace Pryton.Modules.Geo.Bot;

/// <summary>
/// A location: a one-off pin, the first message of a live share, or one of its edits (Telegram sends those as
/// edited messages). Stored during a running game; the player hears back only on the first message, never per edit.
/// </summary>
[BotMessage(MessageKind.Location, Audience.Player)]
internal sealed class LocationHandler(LocationIntake intake) : IMessageHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var location = ctx.Location!;
        var live = ctx.IsLiveLocation;
        var liveUntil = live && !ctx.IsEdit && location.LivePeriod is { } period ? ctx.Now.AddSeconds(period) : (DateTimeOffset?)null;
        var ping = new Ping(location.Latitude, location.Longitude, location.HorizontalAccuracy, location.Heading, live, ctx.Now, liveUntil);
        var game = await intake.TakeAsync(ctx.UserId, ping, ct);
        if (ctx.IsEdit)
        {
            return; // a live share moves silently
        }

        ctx.Reply(game is null ? "geo.no-game" : live ? "geo.live.thanks" : "geo.static.nudge");
    }
}
