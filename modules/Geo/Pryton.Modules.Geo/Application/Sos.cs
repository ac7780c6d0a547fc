using Pryton.Contracts.Games;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Geo.Application;

/// <summary>
/// "Need help": the admins get, ahead of everything else in the queue, who it is, their phone if given, the game, and
/// the last known position as a pin.
/// </summary>
internal sealed class Sos(IGameQueries games, IPlayerDirectory players, PositionStore store, IAdminDirectory admins, IOutbound outbound, TimeProvider clock)
{
    private static readonly SendOptions First = new(SendOptions.Urgent);

    /// <returns>True when a position went with the alert.</returns>
    public async Task<bool> RaiseAsync(long userId, CancellationToken ct)
    {
        var player = await players.FindAsync(userId, ct);
        var game = await games.RunningGameOfAsync(userId, ct);
        var position = game is null ? null : await store.LatestAsync(game.Id, userId, ct);
        var adminIds = await admins.AdminIdsAsync(ct);
        var text = TextRef.Of("geo.sos.admins", new
        {
            name = player?.DisplayName ?? "#" + userId,
            phone = player?.Phone ?? "—",
            title = game?.Title ?? "—",
            seen = position is null ? "—" : ((int)(clock.GetUtcNow() - position.At).TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await outbound.SendToManyAsync(adminIds, OutboundMessage.Of(text), First, ct);
        if (position is not null)
        {
            await outbound.SendToManyAsync(adminIds, OutboundMessage.Location(position.Latitude, position.Longitude), First, ct);
        }

        return position is not null;
    }
}
