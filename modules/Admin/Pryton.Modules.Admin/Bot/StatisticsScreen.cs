using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot;

/// <summary>
/// The statistics: games by status, players, the role split, the average time to a find, the best seekers and the
/// drivers nobody has found yet; and the export of every game's players as a CSV document.
/// </summary>
internal sealed class StatisticsScreen(IGameStatistics statistics, IPlayerDirectory players)
{
    public const int Top = 5;

    public async Task ShowAsync(UpdateContext ctx, CancellationToken ct)
    {
        var stats = await statistics.SummaryAsync(Top, ct);
        var ids = stats.TopSeekers.Select(s => s.UserId).Concat(stats.NeverFoundDrivers.Select(d => d.UserId)).Distinct().ToList();
        var names = await players.NamesAsync(ids, ct);

        ctx.EditOrReply(TextRef.Of("admin.stats.text", new
        {
            stages = new TextLines([.. Enum.GetValues<GameStage>().Select(stage => TextRef.Of("admin.stats.stage", new
            {
                stage = TextRef.Of(AdminKeyboards.StageKey(stage)), count = stats.GamesByStage.GetValueOrDefault(stage),
            }))]),
            registered = await players.CountAsync(ct),
            unique = stats.UniquePlayers,
            participations = stats.Participations,
            drivers = stats.DriverSeats,
            seekers = stats.SeekerSeats,
            average = stats.AverageMinutesToFind is { } minutes ? minutes.ToString("0.#", CultureInfo.InvariantCulture) : "—",
            top = Lines(stats.TopSeekers.Select(s => TextRef.Of("admin.stats.seeker", new { name = names[s.UserId], count = s.Finds }))),
            never = Lines(stats.NeverFoundDrivers.Select(d => TextRef.Of("admin.stats.never-found", new { name = names[d.UserId], count = d.Games }))),
        }), Keyboard.Inline(
            [Button.Callback("admin.stats.csv", CallbackData.Create(AdminKeyboards.Module, "stats", "csv"))],
            [Button.Callback("admin.game.refresh", CallbackData.Create(AdminKeyboards.Module, "stats")), Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "panel"))]));
    }

    /// <summary>Every enrolment of every game, one row each (RFC 4180: quoted where needed), sent as a document.</summary>
    public async Task SendCsvAsync(UpdateContext ctx, CancellationToken ct)
    {
        var rows = await statistics.RecordsAsync(ct);
        var names = (await players.FindManyAsync(rows.Select(r => r.UserId).Distinct().ToList(), ct)).ToDictionary(p => p.UserId, p => p.DisplayName);
        var csv = new System.Text.StringBuilder("game_id,title,starts_at,status,user_id,name,seat,role,hidden_at,found_at,found_by\r\n");
        foreach (var r in rows)
        {
            csv.AppendJoin(',', r.GameId, Quote(r.Title), Time(r.StartsAt), r.Stage.ToString().ToLowerInvariant(), r.UserId, Quote(names.GetValueOrDefault(r.UserId) ?? string.Empty),
                r.Seat, r.Driver switch { true => "driver", false => "seeker", null => string.Empty }, Time(r.HiddenAt), Time(r.FoundAt), r.FoundBy?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append("\r\n");
        }

        ctx.Reply(OutboundMessage.Document($"pryton-games-{ctx.Now:yyyyMMdd-HHmm}.csv", System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv.ToString())).ToArray(),
            TextRef.Of("admin.stats.csv-caption", new { count = rows.Count })));
    }

    /// <summary>A list of lines, or "nobody yet" when it is empty (the statistics and monitoring screens).</summary>
    public static object Lines(IEnumerable<TextRef> lines) => lines.ToList() is { Count: > 0 } list ? new TextLines(list) : TextRef.Of("admin.stats.nobody");

    private static string Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string value) => value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
