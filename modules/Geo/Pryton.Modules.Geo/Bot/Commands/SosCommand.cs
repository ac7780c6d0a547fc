using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Modules.Geo.Application;

namespace Pryton.Modules.Geo.Bot.Commands;

/// <summary>
/// /sos (and the in-game menu's button): the admins get the player's name, phone and last position first of all, and
/// the player's confirmation overtakes the queue too.
/// </summary>
[BotCommand("sos", Audience.Player)]
internal sealed class SosCommand(Sos sos) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var withPosition = await sos.RaiseAsync(ctx.UserId, ct);
        ctx.Reply(OutboundMessage.Of(withPosition ? "geo.sos.sent" : "geo.sos.sent-no-location", GeoKeyboards.ShareLocation()), new SendOptions(SendOptions.Urgent));
    }
}
