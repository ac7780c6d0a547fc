using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Database;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Notifications.Application;

/// <summary>
/// The live countdown (<c>notifications.countdowns</c>): one message per player and phase, edited in place. Edits
/// carry a coalesce key, so an edit still waiting in a busy chat's queue is replaced by the newer one, never stacked.
/// </summary>
internal sealed class Countdowns(DbSession session, IOutbound outbound, TimeProvider clock)
{
    /// <summary>Shows the time left to each player: edits their message of this phase, or starts one.</summary>
    public async Task ShowAsync(GameSnapshot game, string phase, DateTimeOffset deadline, IReadOnlyCollection<long> players, CancellationToken ct)
    {
        var shown = await ShownAsync(game.Id, ct);
        var (seconds, value) = CountdownSteps.Left(deadline - clock.GetUtcNow());
        var text = TextRef.Of($"notifications.countdown.{phase}", new
        {
            title = game.Title,
            left = TextRef.Of(seconds ? "notifications.countdown.seconds" : "notifications.countdown.minutes", new { n = value }),
            time = game.Local(deadline).ToString("HH:mm", CultureInfo.InvariantCulture),
        });
        foreach (var user in players)
        {
            if (shown.TryGetValue(user, out var row) && row.Phase == phase)
            {
                await outbound.SendAsync(user, OutboundMessage.EditText(MessageTarget.Queued(row.OutboundId), text), Edit(game.Id), ct);
                continue;
            }

            var id = await outbound.SendAsync(user, OutboundMessage.Of(text), ct: ct);
            await session.ExecuteAsync("""
                INSERT INTO notifications.countdowns (game_id, user_id, phase, outbound_id) VALUES (@g, @u, @phase, @id)
                ON CONFLICT (game_id, user_id) DO UPDATE SET phase = EXCLUDED.phase, outbound_id = EXCLUDED.outbound_id
                """, ct, ("g", game.Id), ("u", user), ("phase", phase), ("id", id));
        }

        // Somebody who left the game keeps their last message, and hears no more.
        await session.ExecuteAsync("DELETE FROM notifications.countdowns WHERE game_id = @g AND NOT user_id = ANY(@players)",
            ct, ("g", game.Id), ("players", players.ToArray()));
    }

    /// <summary>The countdown stops for now (a pause): each message says why and stays to be edited on resume.</summary>
    public async Task HoldAsync(long gameId, TextRef text, CancellationToken ct)
    {
        foreach (var (user, row) in await ShownAsync(gameId, ct))
        {
            await outbound.SendAsync(user, OutboundMessage.EditText(MessageTarget.Queued(row.OutboundId), text), Edit(gameId), ct);
        }
    }

    /// <summary>The countdown is over (its phase ended, the game started, ended or moved): a last edit, then it is forgotten.</summary>
    /// <param name="phase">Only the messages of this phase; all when null.</param>
    public async Task FinishAsync(long gameId, string? phase, TextRef text, CancellationToken ct)
    {
        var shown = await ShownAsync(gameId, ct);
        foreach (var (user, row) in shown.Where(s => phase is null || s.Value.Phase == phase))
        {
            await outbound.SendAsync(user, OutboundMessage.EditText(MessageTarget.Queued(row.OutboundId), text), Edit(gameId), ct);
        }

        await session.ExecuteAsync("DELETE FROM notifications.countdowns WHERE game_id = @g AND (@phase::text IS NULL OR phase = @phase)",
            ct, ("g", gameId), ("phase", (object?)phase ?? DBNull.Value));
    }

    public Task<int> ForgetAsync(long userId, CancellationToken ct) =>
        session.ExecuteAsync("DELETE FROM notifications.countdowns WHERE user_id = @u", ct, ("u", userId));

    private static SendOptions Edit(long gameId) => new(CoalesceKey: $"countdown-edit.{gameId}");

    private async Task<Dictionary<long, (string Phase, long OutboundId)>> ShownAsync(long gameId, CancellationToken ct)
    {
        await using var command = session.Command("SELECT user_id, phase, outbound_id FROM notifications.countdowns WHERE game_id = @g");
        command.Parameters.AddWithValue("g", gameId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var shown = new Dictionary<long, (string, long)>();
        while (await reader.ReadAsync(ct))
        {
            shown[reader.GetInt64(0)] = (reader.GetString(1), reader.GetInt64(2));
        }

        return shown;
    }
}
