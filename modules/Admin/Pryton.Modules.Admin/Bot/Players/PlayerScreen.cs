using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot.Players;

/// <summary>One player for an organiser: the profile, the last games with their outcome, ban / unban, make an organiser.</summary>
internal sealed class PlayerScreen(IPlayerDirectory players, IGameStatistics statistics, IDistrictDirectory districts, AdminRoster roster)
{
    public const int Games = 5;

    public async Task ShowAsync(UpdateContext ctx, long userId, CancellationToken ct)
    {
        if (await players.FindAsync(userId, ct) is not { } player)
        {
            ctx.Toast("admin.players.gone", alert: true);
            return;
        }

        var games = await statistics.RecordsOfAsync(userId, 100, ct);
        var played = games.Where(g => g.Seat == "seated" && g.Stage == GameStage.Completed).ToList();
        var history = new TextLines([.. games.Take(Games).Select(g => TextRef.Of("admin.player.game", new
        {
            date = g.StartsAt.ToString("dd.MM.yy", CultureInfo.InvariantCulture),
            title = g.Title,
            outcome = TextRef.Of(g.Stage switch
            {
                GameStage.Canceled => "admin.player.outcome-canceled",
                GameStage.Completed when g.Driver == true => g.FoundAt is null ? "admin.player.outcome-won" : "admin.player.outcome-found",
                GameStage.Completed => "admin.player.outcome-seeker",
                _ => "admin.player.outcome-upcoming",
            }),
        }))]);
        var isAdmin = (await roster.AdminIdsAsync(ct)).Contains(userId);
        var rows = new List<IReadOnlyList<Button>>
        {
            new[] { player.BannedAt is null ? Action("admin.player.ban", userId, "ban") : Action("admin.player.unban", userId, "unban") },
        };
        if (!isAdmin)
        {
            rows.Add([Action("admin.player.make-admin", userId, "admin")]);
        }

        rows.Add([Button.Callback("admin.players.again", CallbackData.Create(AdminKeyboards.Module, "players"))]);
        ctx.EditOrReply(TextRef.Of("admin.player.text", new
        {
            name = player.DisplayName,
            id = player.UserId,
            username = player.Username is { } u ? "@" + u : "—",
            phone = player.Phone ?? "—",
            district = player.DistrictId is { } d ? (await districts.FindAsync(d, ct))?.Name ?? "—" : "—",
            car = player.Car is { } car ? $"{car.Brand}, {car.Colour}, {car.Plate}" : "—",
            since = player.RegisteredAt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            played = played.Count,
            drove = played.Count(g => g.Driver == true),
            won = played.Count(g => g.Driver == true && g.FoundAt is null),
            state = TextRef.Of(player.BannedAt is null ? (isAdmin ? "admin.player.is-admin" : "admin.player.is-player") : "admin.player.is-banned"),
            history = games.Count == 0 ? (object)TextRef.Of("admin.player.no-games") : history,
        }), Keyboard.Inline(rows));
    }

    private static Button Action(string label, long userId, string what) => Button.Callback(label, CallbackData.Create(AdminKeyboards.Module, "player", userId, what));
}
