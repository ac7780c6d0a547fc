using System.Globalization;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// Who hears what about a game: players (a player's private chat has the player's id), admins, followers. Texts are
/// references, rendered in each recipient's language when queued; everything goes through the paced outbound queue
/// in the same transaction as the change it reports.
/// </summary>
internal sealed class GameMessenger(IOutbound outbound, IAdminDirectory admins, IPlayerDirectory players, GameStore store)
{
    public Task ToAsync(long userId, TextRef text, Keyboard? keyboard, CancellationToken ct) =>
        outbound.SendAsync(userId, OutboundMessage.Of(text, keyboard), ct: ct);

    public Task ToManyAsync(IReadOnlyCollection<long> userIds, TextRef text, CancellationToken ct) =>
        userIds.Count == 0 ? Task.CompletedTask : outbound.SendToManyAsync(userIds, OutboundMessage.Of(text), ct: ct);

    public async Task ToAdminsAsync(TextRef text, Keyboard? keyboard, CancellationToken ct)
    {
        var ids = await admins.AdminIdsAsync(ct);
        if (ids.Count > 0)
        {
            await outbound.SendToManyAsync(ids, OutboundMessage.Of(text, keyboard), ct: ct);
        }
    }

    /// <summary>Followers who do not play in the game.</summary>
    public async Task ToFollowersAsync(long gameId, IReadOnlyCollection<long> players, TextRef text, CancellationToken ct)
    {
        var followers = (await store.FollowersAsync(gameId, ct)).Except(players).ToList();
        await ToManyAsync(followers, text, ct);
    }

    /// <summary>Display names by user id; someone who deleted their profile shows as "#123".</summary>
    public Task<IReadOnlyDictionary<long, string>> NamesAsync(IReadOnlyCollection<long> userIds, CancellationToken ct) => players.NamesAsync(userIds, ct);

    public Task<IReadOnlyList<PlayerSummary>> ProfilesAsync(IReadOnlyCollection<long> userIds, CancellationToken ct) => players.FindManyAsync(userIds, ct);

    /// <summary>"19:45" in the game's time zone.</summary>
    public static string Clock(Game game, DateTimeOffset instant) => game.Local(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Minutes(TimeSpan span) => Math.Max(0, (int)Math.Round(span.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
}
