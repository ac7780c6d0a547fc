using Pryton.Contracts.Games;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Events;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Photos.Application;

/// <summary>
/// After the game everyone who played gets its album: where each driver hid (secret until now) and every approved
/// find, captioned, in albums of two to ten (Telegram's limits), through the paced queue.
/// </summary>
internal sealed class PostGameAlbum(PhotoStore store, IGameQueries games, IPlayerDirectory players, IOutbound outbound) : IEventHandler<GameCompleted>
{
    public const int AlbumSize = 10;

    public async Task HandleAsync(GameCompleted @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var photos = await store.AlbumAsync(@event.GameId, ct);
        if (photos.Count == 0 || await games.FindAsync(@event.GameId, ct) is not { } game)
        {
            return;
        }

        var participants = (await games.ParticipantsAsync(game.Id, ct)).Select(p => p.UserId).ToList();
        var people = photos.SelectMany(p => p.DriverId is { } driver ? new[] { p.UserId, driver } : [p.UserId]).Distinct().ToList();
        var names = await players.NamesAsync(people, ct);

        var items = photos.Select(p => new AlbumItem(p.FileId, p.IsFind
            ? TextRef.Of("photos.album.find", new { seeker = names[p.UserId], driver = names[p.DriverId!.Value] })
            : TextRef.Of("photos.album.hiding", new { driver = names[p.UserId] }))).ToList();
        items[0] = items[0] with { Caption = TextRef.Of("photos.album.first", new { title = game.Title, caption = items[0].Caption! }) };
        foreach (var album in Split(items))
        {
            var message = album.Count == 1 ? OutboundMessage.Photo(album[0].FileId, album[0].Caption) : OutboundMessage.AlbumOf(album);
            await outbound.SendToManyAsync(participants, message, ct: ct);
        }
    }

    /// <summary>Albums of even size, none above ten: 11 photos go as 5 + 6, never as 10 + a lone one.</summary>
    public static IEnumerable<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items)
    {
        var albums = (items.Count + AlbumSize - 1) / AlbumSize;
        for (int album = 0, taken = 0; album < albums; album++)
        {
            var size = (items.Count - taken) / (albums - album);
            yield return items.Skip(taken).Take(size).ToList();
            taken += size;
        }
    }
}
