using Prometheus;
using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Events;
using Pryton.Kernel.Texts;
using Pryton.Modules.Geo.Domain;

namespace Pryton.Modules.Geo.Application;

/// <summary>
/// Every location a player sends during a running game (a one-off pin, a live share's first message, each of its
/// edits): stored in order, checked for plausibility, measured against the zone, and watched for leaving it.
/// Outside a running game nothing is stored. Zone alerts go to the player and the admins only: players never learn
/// where anyone else is. Many players' points are taken together in a few queries (a busy game's live shares).
/// </summary>
internal sealed class LocationIntake(
    PositionStore store, IGameQueries games, IDistrictDirectory districts, IPlayerDirectory players,
    IAdminDirectory admins, IOutbound outbound, IEventBus bus)
{
    private static readonly Counter Pings = Metrics.CreateCounter("pryton_location_pings_total", "Location points stored, by kind.",
        new CounterConfiguration { LabelNames = ["kind"] });

    private static readonly Counter Flagged = Metrics.CreateCounter("pryton_location_flags_total", "Implausible location points, by flag.",
        new CounterConfiguration { LabelNames = ["flag"] });

    /// <summary>One point of a player the gate already let through.</summary>
    /// <returns>The game the point was stored for, or null when the player plays no running game.</returns>
    public async Task<GameSnapshot?> TakeAsync(long userId, Ping ping, CancellationToken ct) =>
        (await StoreAsync([(userId, ping)], ct)).GetValueOrDefault(userId);

    /// <summary>Many players' points at once; like the per-update gate, only registered players who are not banned count.</summary>
    public async Task TakeManyAsync(IReadOnlyList<(long UserId, Ping Ping)> points, CancellationToken ct)
    {
        var allowed = await players.ActiveAmongAsync(points.Select(p => p.UserId).Distinct().ToList(), ct);
        await StoreAsync(points.Where(p => allowed.Contains(p.UserId)).ToList(), ct);
    }

    private async Task<IReadOnlyDictionary<long, GameSnapshot>> StoreAsync(List<(long UserId, Ping Ping)> points, CancellationToken ct)
    {
        var running = points.Count == 0 ? new Dictionary<long, GameSnapshot>() : await games.RunningGamesOfAsync(points.Select(p => p.UserId).ToHashSet(), ct);
        var tracked = points.Where(p => running.ContainsKey(p.UserId)).ToList();
        if (tracked.Count == 0)
        {
            return running;
        }

        var latest = await store.LatestAsync(tracked.Select(p => (running[p.UserId].Id, p.UserId)).Distinct().ToList(), ct);
        var zones = new Dictionary<long, ZoneSummary?>();
        foreach (var zoneId in running.Values.Select(g => g.ZoneId).OfType<long>().Distinct())
        {
            zones[zoneId] = await districts.FindZoneAsync(zoneId, ct);
        }

        var rows = new List<(Position Point, int? Heading)>(tracked.Count);
        var changes = new List<(GameSnapshot Game, Position Point, ZoneSummary Zone, ZoneChange Change)>();
        foreach (var (userId, ping) in tracked)
        {
            var game = running[userId];
            var zone = game.ZoneId is { } zoneId ? zones[zoneId] : null;
            var (point, change) = Follow(game.Id, userId, ping, latest.GetValueOrDefault((game.Id, userId)), zone);
            latest[(game.Id, userId)] = point;
            rows.Add((point, ping.Heading));
            if (change != ZoneChange.None)
            {
                changes.Add((game, point, zone!, change));
            }
        }

        await store.SaveAsync(rows, ct);
        Count(rows.Select(r => r.Point).ToList());
        foreach (var (game, point, zone, change) in changes)
        {
            await ZoneChangedAsync(game, point, zone, change, ct);
        }

        return running;
    }

    /// <summary>The point as it is stored: flagged when implausible, measured against the zone, the watch moved on.</summary>
    private static (Position Point, ZoneChange Change) Follow(long gameId, long userId, Ping ping, Position? previous, ZoneSummary? zone)
    {
        var flags = Plausibility.Flags(ping, previous is null ? null : new Ping(previous.Latitude, previous.Longitude, previous.AccuracyMeters, null, previous.Live, previous.At, null));
        var distance = zone is null ? 0 : Haversine.Meters(zone.Latitude, zone.Longitude, ping.Latitude, ping.Longitude);
        var liveUntil = ping.Live ? ping.LiveUntil ?? previous?.LiveUntil : null;
        var (outSince, alerted, outCount) = (previous?.OutSince, previous?.OutAlerted ?? false, previous?.OutCount ?? 0);
        var change = ZoneChange.None;
        if (zone is not null && flags is null)
        {
            (outSince, alerted, change) = ZoneWatch.Next(ZoneWatch.Outside(distance, zone.RadiusMeters, ping.AccuracyMeters), ping.At, outSince, alerted);
            outCount += change == ZoneChange.Left ? 1 : 0;
        }

        var point = new Position(gameId, userId, ping.Latitude, ping.Longitude, ping.AccuracyMeters, ping.Live, liveUntil, flags, distance, ping.At,
            outSince, alerted, outCount);
        return (point, change);
    }

    private static void Count(IReadOnlyList<Position> points)
    {
        foreach (var point in points)
        {
            Pings.WithLabels(point.Live ? "live" : "static").Inc();
            foreach (var flag in point.Flags?.Split(',') ?? [])
            {
                Flagged.WithLabels(flag).Inc();
            }
        }
    }

    private async Task ZoneChangedAsync(GameSnapshot game, Position point, ZoneSummary zone, ZoneChange change, CancellationToken ct)
    {
        var userId = point.UserId;
        var name = (await players.NamesAsync([userId], ct))[userId];
        var adminIds = await admins.AdminIdsAsync(ct);
        var meters = (int)Math.Round(point.DistanceMeters - zone.RadiusMeters);
        if (change == ZoneChange.Left)
        {
            await bus.PublishAsync(new PlayerLeftZone(game.Id, userId, point.DistanceMeters, point.At), ct);
            await outbound.SendAsync(userId, OutboundMessage.Of(TextRef.Of("geo.zone.left", new { zone = zone.Name, meters })), ct: ct);
            await outbound.SendToManyAsync(adminIds, OutboundMessage.Of(TextRef.Of("geo.zone.left-admins", new { name, title = game.Title, meters })), ct: ct);
        }
        else
        {
            await bus.PublishAsync(new PlayerReturnedToZone(game.Id, userId, point.At), ct);
            await outbound.SendAsync(userId, OutboundMessage.Of(TextRef.Of("geo.zone.back", new { zone = zone.Name })), ct: ct);
            await outbound.SendToManyAsync(adminIds, OutboundMessage.Of(TextRef.Of("geo.zone.back-admins", new { name, title = game.Title })), ct: ct);
        }
    }
}
