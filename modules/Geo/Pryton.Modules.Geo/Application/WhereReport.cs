using System.Globalization;
using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Contracts.Registration;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Geo.Domain;
using Pryton.Modules.Geo.Jobs;

namespace Pryton.Modules.Geo.Application;

/// <summary>
/// /where for admins: every player of a running game — role, last seen, distance and direction from the zone centre,
/// in or out, live / static / stale, flags — with a pin button each, and the overview picture.
/// </summary>
internal sealed class WhereReport(IGameQueries games, IRoleAssignment roles, IPlayerDirectory players, IDistrictDirectory districts, PositionStore store, TimeProvider clock)
{
    public async Task ShowAsync(UpdateContext ctx, GameSnapshot game, CancellationToken ct)
    {
        var seated = (await games.ParticipantsAsync(game.Id, ct)).Select(p => p.UserId).ToList();
        var names = await players.NamesAsync(seated, ct);
        var roleOf = await roles.RolesAsync(game.Id, ct);
        var positions = (await store.OfGameAsync(game.Id, ct)).ToDictionary(p => p.UserId);
        var zone = game.ZoneId is { } zoneId ? await districts.FindZoneAsync(zoneId, ct) : null;
        var now = clock.GetUtcNow();

        var lines = new List<TextRef>();
        var pins = new List<IReadOnlyList<Button>>();
        var dots = new List<(int, Position, GameRole?, bool)>();
        foreach (var (userId, index) in seated.Select((id, i) => (id, i + 1)))
        {
            var name = names[userId];
            var role = roleOf.TryGetValue(userId, out var r) ? r : (GameRole?)null;
            var icon = role switch { GameRole.Driver => "🚗", GameRole.Seeker => "🔍", _ => "•" };
            if (!positions.TryGetValue(userId, out var p))
            {
                lines.Add(TextRef.Of("geo.where.none", new { number = index, icon, name }));
                continue;
            }

            var stale = now - p.At > StaleCheckJob.Quiet;
            var inside = zone is null || !ZoneWatch.Outside(p.DistanceMeters, zone.RadiusMeters, p.AccuracyMeters);
            lines.Add(TextRef.Of("geo.where.line", new
            {
                number = index,
                icon,
                name,
                ago = (int)(now - p.At).TotalMinutes,
                meters = (int)Math.Round(p.DistanceMeters),
                compass = zone is null ? string.Empty : Haversine.Compass(Haversine.Bearing(zone.Latitude, zone.Longitude, p.Latitude, p.Longitude)),
                place = TextRef.Of(inside ? "geo.where.in" : "geo.where.out"),
                mode = TextRef.Of(stale ? "geo.where.stale" : p.Live ? "geo.where.live" : "geo.where.static"),
                flags = p.Flags is null ? TextRef.Plain(string.Empty) : TextRef.Of("geo.where.flags", new { flags = p.Flags }),
            }));
            pins.Add([Button.Callback(TextRef.Plain($"📍 {index}. {name}"), CallbackData.Create("geo", "pin", game.Id, userId))]);
            dots.Add((index, p, role, stale || p.Flags is not null));
        }

        ctx.Reply(TextRef.Of("geo.where.title", new { title = game.Title, lines = new TextLines(lines) }), pins.Count > 0 ? Keyboard.Inline(pins) : null);
        if (zone is not null)
        {
            var caption = TextRef.Of("geo.where.map", new { zone = zone.Name, radius = zone.RadiusMeters, time = game.Local(now).ToString("HH:mm", CultureInfo.InvariantCulture) });
            ctx.Reply(OutboundMessage.PhotoUpload($"game-{game.Id}.png", ZoneOverview.Draw(zone, dots), caption));
        }
    }
}
