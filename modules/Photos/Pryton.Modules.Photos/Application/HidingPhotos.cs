using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Photos.Application;

/// <summary>
/// A driver's photo of the hidden car: kept by file id with the driver's position at that moment, shown to admins (never to seekers), and the driver's "I am
/// hidden" for the game. A later photo replaces the picture admins compare claims with.
/// </summary>
internal sealed class HidingPhotos(PhotoStore store, IPositions positions, IGameProgress progress, IPlayerDirectory players, IAdminDirectory admins, IOutbound outbound)
{
    /// <returns>True when this photo made the driver hidden; false when they already were (the photo is kept anyway).</returns>
    public async Task<bool> AcceptAsync(GameSnapshot game, long driverId, string fileId, string? uniqueId, CancellationToken ct)
    {
        await store.AddHidingPhotoAsync(game.Id, driverId, fileId, uniqueId, await positions.LatestAsync(game.Id, driverId, ct), ct);
        var name = (await players.NamesAsync([driverId], ct))[driverId];
        var ids = await admins.AdminIdsAsync(ct);
        await outbound.SendToManyAsync(ids, OutboundMessage.Photo(fileId, TextRef.Of("photos.admin.hiding", new { driver = name, title = game.Title })), ct: ct);
        return await progress.DriverHidAsync(game.Id, driverId, ct);
    }
}
