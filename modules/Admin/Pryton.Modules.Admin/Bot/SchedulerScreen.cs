using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot;

/// <summary>
/// What the bot has planned: pending jobs per game (every module's, by their <c>*.game.&lt;id&gt;</c> scopes) with
/// the next one due and any overdue; a game's own list; and "re-plan" when a game's timers look wrong.
/// </summary>
internal sealed class SchedulerScreen(IJobScheduler jobs, IGameQueries games, GameDefaults defaults, TimeProvider clock)
{
    public static readonly TimeSpan Overdue = TimeSpan.FromMinutes(1);

    public async Task OverviewAsync(UpdateContext ctx, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var pending = await jobs.ListAsync(null, ct);
        var byGame = pending.Select(j => (Job: j, Game: GameOf(j.Scope))).Where(j => j.Game is not null).GroupBy(j => j.Game!.Value).ToDictionary(g => g.Key, g => g.Select(x => x.Job).ToList());
        var open = await games.NotOverAsync(take: 20, ct);
        var lines = new TextLines([.. open.Select(g => TextRef.Of("admin.jobs.game", new
        {
            title = g.Title,
            count = byGame.GetValueOrDefault(g.Id)?.Count ?? 0,
            next = byGame.GetValueOrDefault(g.Id)?.FirstOrDefault()?.FireAt is { } at ? Local(at) : "—",
            overdue = byGame.GetValueOrDefault(g.Id)?.Count(j => j.FireAt < now - Overdue) ?? 0,
        }))]);
        var other = pending.Count(j => GameOf(j.Scope) is null);
        ctx.EditOrReply(TextRef.Of("admin.jobs.text", new { total = pending.Count, other, lines, overdue = pending.Count(j => j.FireAt < now - Overdue) }), Keyboard.Inline(
            open.Select(g => (IReadOnlyList<Button>)[Button.Callback(TextRef.Plain(g.Title), CallbackData.Create(AdminKeyboards.Module, "jobs", g.Id))])
                .Append([Button.Callback("admin.game.refresh", CallbackData.Create(AdminKeyboards.Module, "jobs")), Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "panel"))])));
    }

    public async Task GameAsync(UpdateContext ctx, long gameId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var pending = (await jobs.ListAsync(null, ct)).Where(j => GameOf(j.Scope) == gameId).ToList();
        var title = (await games.FindAsync(gameId, ct))?.Title ?? "#" + gameId;
        var lines = pending.Count == 0 ? (object)TextRef.Of("admin.jobs.none")
            : new TextLines([.. pending.Select(j => TextRef.Of(j.FireAt < now - Overdue ? "admin.jobs.job-overdue" : "admin.jobs.job", new
            {
                key = j.Key, at = j.FireAt is { } at ? Local(at) : "—",
            }))]);
        ctx.EditOrReply(TextRef.Of("admin.jobs.of-game", new { title, lines }), Keyboard.Inline(
            [Button.Callback("admin.jobs.replan", CallbackData.Create(AdminKeyboards.Module, "jobs", gameId, "replan"))],
            [Button.Callback("admin.game.refresh", CallbackData.Create(AdminKeyboards.Module, "jobs", gameId)), Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "jobs"))]));
    }

    /// <summary>The game a scope belongs to: <c>games.game.7</c>, <c>notifications.game.7</c>, <c>photos.game.7</c>.</summary>
    private static long? GameOf(string scope) =>
        scope.Split('.') is [_, "game", var id] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var gameId) ? gameId : null;

    private string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(defaults.TimeZone)).ToString("dd.MM HH:mm:ss", CultureInfo.InvariantCulture);
}
