using Pryton.Contracts.Games;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// Leaving a game that has started is giving up (GAME-RULES §4 rewrite: sign-up closes at the start). The player
/// leaves the game's record of players; a driver who gives up cannot win, and when no driver is left hidden the
/// game ends as if the last one had been found.
/// </summary>
internal sealed class Forfeits(GameStore store, DbSession session, IGameSettings settings, AuditLog audit, IEventBus bus, GameMessenger messenger, GameEnding ending)
{
    public async Task<bool> ForfeitAsync(long gameId, long userId, CancellationToken ct)
    {
        if (await store.LockAsync(gameId, ct) is not { Running: true } game)
        {
            return false;
        }

        if (await session.ExecuteAsync("UPDATE games.game_players SET status = 'left' WHERE game_id = @g AND user_id = @u AND status = 'seated'",
                ct, ("g", gameId), ("u", userId)) == 0)
        {
            return false;
        }

        await audit.WriteAsync(gameId, userId, "forfeit", null, ct);
        await bus.PublishAsync(new PlayerLeftGame(gameId, userId), ct);
        var players = await store.SeatedAsync(gameId, ct);
        var name = (await messenger.NamesAsync([userId], ct))[userId];
        await messenger.ToAdminsAsync(TextRef.Of("games.forfeit.admins", new { title = game.Title, name }), null, ct);
        if ((await settings.CurrentAsync(ct)).NotifyOnParticipantAction)
        {
            await messenger.ToManyAsync([.. players.Select(p => p.UserId)], TextRef.Of("games.forfeit.others", new { title = game.Title, name }), ct);
        }

        if (!players.Any(p => p.HidAsDriver == true && p.FoundAt is null))
        {
            await ending.CompleteAsync(game, players.Any(p => p.HidAsDriver == true) ? "all_found" : "no_drivers", null, ct);
        }

        return true;
    }
}
