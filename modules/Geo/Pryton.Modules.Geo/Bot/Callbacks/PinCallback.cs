using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Modules.Geo.Application;

namespace Pryton.Modules.Geo.Bot.Callbacks;

/// <summary>A player's latest point as a map pin, for an admin.</summary>
[BotCallback("pin", Audience.Admin)]
internal sealed class PinCallback(PositionStore store) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var rawGame, var rawUser] || !long.TryParse(rawGame, out var gameId) || !long.TryParse(rawUser, out var userId)
            || await store.LatestAsync(gameId, userId, ct) is not { } position)
        {
            ctx.Toast("geo.pin.none", alert: true);
            return;
        }

        ctx.Reply(OutboundMessage.Location(position.Latitude, position.Longitude));
    }
}
