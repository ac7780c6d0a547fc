using Pryton.Contracts.Games;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Database;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Jobs;

namespace Pryton.Modules.Admin.Application;

/// <summary>
/// A message from the organisers to everyone, a district, a game's players or its waitlist: queued at once through
/// the paced outbound queue under the broadcast's tag, with one progress message to the sender, edited as it goes.
/// </summary>
internal sealed class Broadcasts(DbSession session, IPlayerDirectory players, IGameQueries games, IOutbound outbound, IOutboundProgress progress,
    IJobScheduler jobs, AuditTrail audit, TimeProvider clock)
{
    public static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(3);

    public const int TextMax = 3500;

    /// <param name="audience">all, district, game or waitlist.</param>
    public async Task<IReadOnlyList<long>> RecipientsAsync(string audience, long? targetId, CancellationToken ct) => audience switch
    {
        "all" => await players.PlayerIdsAsync(null, ct),
        "district" => await players.PlayerIdsAsync(targetId, ct),
        "game" => [.. (await games.EnrolledAsync(targetId!.Value, ct)).Where(p => p.Seated).Select(p => p.UserId)],
        "waitlist" => [.. (await games.EnrolledAsync(targetId!.Value, ct)).Where(p => !p.Seated).Select(p => p.UserId)],
        _ => [],
    };

    public async Task<long> SendAsync(long adminId, string audience, long? targetId, string text, CancellationToken ct)
    {
        var recipients = await RecipientsAsync(audience, targetId, ct);
        var id = await session.ScalarAsync<long>("""
            INSERT INTO admin.broadcasts (created_by, audience, target_id, text, total, progress_outbound_id, created_at)
            VALUES (@by, @audience, @target, @text, @total, 0, @now) RETURNING id
            """, ct, ("by", adminId), ("audience", audience), ("target", (object?)targetId ?? DBNull.Value), ("text", text), ("total", recipients.Count),
            ("now", clock.GetUtcNow()));
        await outbound.SendToManyAsync(recipients, OutboundMessage.Of(TextRef.Of("admin.broadcast.message", new { text })), new SendOptions(Tag: Tag(id)), ct);
        var progressId = await outbound.SendAsync(adminId, OutboundMessage.Of(ProgressText(id, recipients.Count, await progress.ProgressAsync(Tag(id), ct))), ct: ct);
        await session.ExecuteAsync("UPDATE admin.broadcasts SET progress_outbound_id = @p WHERE id = @id", ct, ("p", progressId), ("id", id));
        await audit.WriteAsync(adminId, "admin.broadcast", $"{audience}:{targetId}:{recipients.Count}", allowed: true, ct);
        await jobs.ScheduleAsync(BroadcastProgressData.Key(id), "admin.broadcasts", clock.GetUtcNow() + ProgressEvery, new BroadcastProgressData(id), ct);
        return id;
    }

    /// <summary>Edits the sender's progress message; true while messages are still on their way.</summary>
    public async Task<bool> ReportAsync(long id, CancellationToken ct)
    {
        await using var command = session.Command("SELECT created_by, total, progress_outbound_id FROM admin.broadcasts WHERE id = @id AND finished_at IS NULL");
        command.Parameters.AddWithValue("id", id);
        long adminId, progressId;
        int total;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return false;
            }

            (adminId, total, progressId) = (reader.GetInt64(0), reader.GetInt32(1), reader.GetInt64(2));
        }

        var now = await progress.ProgressAsync(Tag(id), ct);
        await outbound.SendAsync(adminId, OutboundMessage.EditText(MessageTarget.Queued(progressId), ProgressText(id, total, now)), new SendOptions(CoalesceKey: "broadcast-progress." + id), ct);
        if (now.Pending > 0)
        {
            return true;
        }

        await session.ExecuteAsync("UPDATE admin.broadcasts SET finished_at = @now WHERE id = @id", ct, ("now", clock.GetUtcNow()), ("id", id));
        return false;
    }

    private static TextRef ProgressText(long id, int total, DeliveryProgress now)
    {
        var queued = now.Pending + now.Done;
        return TextRef.Of((now.Pending == 0 && queued > 0) || total == 0 ? "admin.broadcast.finished" : "admin.broadcast.progress", new
        {
            id,
            total,
            sent = now.Sent,
            failed = now.Failed,
            blocked = now.Blocked + (total - queued), // who had blocked the bot before was not queued at all
        });
    }

    private static string Tag(long id) => "broadcast." + id;
}
