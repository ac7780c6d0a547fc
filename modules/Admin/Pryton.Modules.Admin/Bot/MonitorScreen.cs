using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot;

/// <summary>
/// The live view: games running now and starting today (in the operator's time zone), games per status and per
/// district, players, participations, and the latest games and sign-ups.
/// </summary>
internal sealed class MonitorScreen(IGameStatistics statistics, IDistrictDirectory districts, IPlayerDirectory players, GameDefaults defaults, TimeProvider clock)
{
    public const int Recent = 5;

    public async Task ShowAsync(UpdateContext ctx, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(defaults.TimeZone);
        var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        var dayStart = new DateTimeOffset(localNow.Date, localNow.Offset);
        var activity = await statistics.ActivityAsync(dayStart, dayStart.AddDays(1), Recent, ct);
        var stats = await statistics.SummaryAsync(3, ct);
        var districtNames = (await districts.ListActiveAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
        var names = await players.NamesAsync([.. activity.RecentJoins.Select(j => j.UserId), .. stats.TopSeekers.Select(s => s.UserId)], ct);
        string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("dd.MM HH:mm", CultureInfo.InvariantCulture);

        ctx.EditOrReply(TextRef.Of("admin.monitor.text", new
        {
            running = stats.GamesByStage.GetValueOrDefault(GameStage.Hiding) + stats.GamesByStage.GetValueOrDefault(GameStage.Searching),
            today = activity.StartingInPeriod,
            open = stats.GamesByStage.GetValueOrDefault(GameStage.Recruiting) + stats.GamesByStage.GetValueOrDefault(GameStage.Full),
            players = await players.CountAsync(ct),
            unique = stats.UniquePlayers,
            participations = stats.Participations,
            districts = StatisticsScreen.Lines(activity.GamesByDistrict.OrderByDescending(d => d.Value).Select(d =>
                TextRef.Of("admin.monitor.district", new { name = districtNames.GetValueOrDefault(d.Key) ?? "#" + d.Key, count = d.Value }))),
            top = StatisticsScreen.Lines(stats.TopSeekers.Select(s => TextRef.Of("admin.stats.seeker", new { name = names[s.UserId], count = s.Finds }))),
            games = StatisticsScreen.Lines(activity.RecentGames.Select(g => TextRef.Of("admin.monitor.game", new
            {
                title = g.Title, start = Local(g.StartsAt), stage = TextRef.Of(AdminKeyboards.StageKey(g.Stage)),
            }))),
            joins = StatisticsScreen.Lines(activity.RecentJoins.Select(j => TextRef.Of("admin.monitor.join", new
            {
                at = Local(j.At), name = names[j.UserId], title = j.Title,
            }))),
        }), Keyboard.Inline(
            [Button.Callback("admin.game.refresh", CallbackData.Create(AdminKeyboards.Module, "monitor")), Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "panel"))]));
    }
}
