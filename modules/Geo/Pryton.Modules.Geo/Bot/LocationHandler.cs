using Pryton.Kernel.Bot;
using Pryton.Modules.Geo.Application;
using Pryton.Modules.Geo.Domain;

namespace Pryton.Modules.Geo.Bot;

/// <summary>
/// A location: a one-off pin, the first message of a live share, or one of its edits (Telegram sends those as
/// edited messages). Stored during a running game; the player hears back only on the first message, never per edit.
/// A polled batch's edits come together (<see cref="ILiveLocationMovesHandler"/>) and are stored in one go.
/// </summary>
[BotMessage(MessageKind.Location, Audience.Player)]
internal sealed class LocationHandler(LocationIntake intake) : IMessageHandler, ILiveLocationMovesHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var location = ctx.Location!;
        var live = ctx.IsLiveLocation;
        var at = ctx.SentAt;
        var liveUntil = live && !ctx.IsEdit && location.LivePeriod is { } period ? at.AddSeconds(period) : (DateTimeOffset?)null;
        var ping = new Ping(location.Latitude, location.Longitude, location.HorizontalAccuracy, location.Heading, live, at, liveUntil);
        var game = await intake.TakeAsync(ctx.UserId, ping, ct);
        if (ctx.IsEdit)
        {
            return; // a live share moves silently
        }

        ctx.Reply(game is null ? "geo.no-game" : live ? "geo.live.thanks" : "geo.static.nudge");
    }

    public Task HandleMovesAsync(IReadOnlyList<LiveLocationMove> moves, CancellationToken ct) =>
        intake.TakeManyAsync(moves.Select(m => (m.UserId, Move(m))).ToList(), ct);

    /// <summary>An edit keeps the share's end from its first message; a stopped share arrives without a live period.</summary>
    private static Ping Move(LiveLocationMove move) =>
        new(move.Location.Latitude, move.Location.Longitude, move.Location.HorizontalAccuracy, move.Location.Heading,
            move.Location.LivePeriod is not null, move.SentAt, null);
}
