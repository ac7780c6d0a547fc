using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.Texts;
using Pryton.Modules.Notifications.Application;

namespace Pryton.Modules.Notifications.Jobs;

/// <summary>
/// A reminder before a game: seated players get the start in the game's own time zone, the meeting place and a
/// "Leave" button; waitlisted players their place in line; admins a count. Nothing is sent for a game that started,
/// was cancelled or moved (its new reminders are planned), or once the start has passed (a reminder missed while the
/// bot was down is still sent if it is still ahead of the start). Early reminders respect the players' choice.
/// </summary>
internal sealed class ReminderJob(
    IGameQueries games, IDistrictDirectory districts, Preferences preferences, IAdminDirectory admins, IOutbound outbound, IGameSettings settings,
    Kernel.Modules.GameDefaults defaults, TimeProvider clock)
    : IPrytonJob<ReminderData>
{
    /// <summary>Reminders further ahead than this are "early": a player may switch them off.</summary>
    public const int EarlyAfterMinutes = 60;

    public async Task RunAsync(ReminderData data, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await games.FindAsync(data.GameId, ct) is not { Stage: GameStage.Recruiting or GameStage.Full } game
            || (game.StartsAt - data.StartsAt).Duration() > TimeSpan.FromSeconds(1) || now >= game.StartsAt
            || !NoticePlanner.Offsets(await settings.CurrentAsync(ct), defaults).Contains(data.MinutesBefore)) // switched off since it was planned
        {
            return;
        }

        var enrolled = await games.EnrolledAsync(game.Id, ct);
        var optedOut = data.MinutesBefore > EarlyAfterMinutes
            ? await preferences.OptedOutAsync([.. enrolled.Select(e => e.UserId)], "early", ct)
            : new HashSet<long>();
        var place = game.ZoneId is { } zoneId && await districts.FindZoneAsync(zoneId, ct) is { } zone
            ? zone.Name
            : (await districts.FindAsync(game.DistrictId, ct))?.Name ?? "—";
        var start = game.Local(game.StartsAt).ToString("dd.MM HH:mm", CultureInfo.InvariantCulture);
        var left = TextRef.Of(data.MinutesBefore >= 120 ? "notifications.left.hours" : "notifications.left.minutes",
            new { hours = data.MinutesBefore / 60, minutes = data.MinutesBefore });

        var seated = enrolled.Where(e => e.Seated && !optedOut.Contains(e.UserId)).Select(e => e.UserId).ToList();
        var leave = Keyboard.Inline([Button.Callback("notifications.reminder.leave", CallbackData.Create(GameScreens.Module, GameScreens.LeaveAction, game.Id))]);
        await outbound.SendToManyAsync(seated, OutboundMessage.Of(TextRef.Of("notifications.reminder.seated", new { title = game.Title, start, left, place }), leave), ct: ct);
        foreach (var waiting in enrolled.Where(e => !e.Seated && !optedOut.Contains(e.UserId)))
        {
            await outbound.SendAsync(waiting.UserId, OutboundMessage.Of(TextRef.Of("notifications.reminder.waitlisted",
                new { title = game.Title, start, left, position = waiting.WaitlistPosition })), ct: ct);
        }

        var waitlisted = enrolled.Count(e => !e.Seated && !optedOut.Contains(e.UserId));
        await outbound.SendToManyAsync(await admins.AdminIdsAsync(ct),
            OutboundMessage.Of(TextRef.Of("notifications.reminder.admins", new { title = game.Title, left, seated = seated.Count, waitlisted })), ct: ct);
    }
}
