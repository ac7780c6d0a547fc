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
/// where anyone else is.
/// </summary>
internal sealed class LocationIntake(
    PositionStore store, IGameQueries games, IDistrictDirectory districts, IPlayerDirectory players,
    IAdminDirectory admins, IOutbound outbound, IEventBus bus)
{
    private static readonly Counter Pings = Metrics.CreateCounter("pryton_location_pings_total", "Location points stored, by kind.",
        new CounterConfiguration { LabelNames = ["kind"] });

    private static readonly Counter Flagged = Metrics.CreateCounter("pryton_location_flags_total", "Implausible location points, by flag.",
        new CounterConfiguration { LabelNames = ["flag"] });

    /// <returns>The game the point was stored for, or null when the player plays no running game.</returns>
    public async Task<GameSnapshot?> TakeAsync(long userId, Ping ping, CancellationToken ct)
    {
        if (await games.RunningGameOfAsync(userId, ct) is not { } game)
        {
            return null;
        }

        var previous = await store.LatestAsync(game.Id, userId, ct);
        var flags = Plausibility.Flags(ping, previous is null ? null : new Ping(previous.Latitude, previous.Longitude, previous.AccuracyMeters, null, previous.Live, previous.At, null));
        var zone = game.ZoneId is { } zoneId ? await districts.FindZoneAsync(zoneId, ct) : null;
        var distance = zone is null ? 0 : Haversine.Meters(zone.Latitude, zone.Longitude, ping.Latitude, ping.Longitude);
        var liveUntil = ping.Live ? ping.LiveUntil ?? previous?.LiveUntil : null;

        var watch = (previous?.OutSince, Alerted: previous?.OutAlerted ?? false, OutCount: previous?.OutCount ?? 0);
        var change = ZoneChange.None;
        if (zone is not null && flags is null)
        {
            (watch.OutSince, watch.Alerted, change) = ZoneWatch.Next(ZoneWatch.Outside(distance, zone.RadiusMeters, ping.AccuracyMeters), ping.At, watch.OutSince, watch.Alerted);
            watch.OutCount += change == ZoneChange.Left ? 1 : 0;
        }

        await store.SaveAsync(game.Id, userId, ping, flags, distance, liveUntil, watch, ct);
        Pings.WithLabels(ping.Live ? "live" : "static").Inc();
        foreach (var flag in flags?.Split(',') ?? [])
        {
            Flagged.WithLabels(flag).Inc();
        }

        if (change != ZoneChange.None)
        {
            await ZoneChangedAsync(game, userId, change, distance, zone!, ping.At, ct);
        }

        return game;
    }

    private async Task ZoneChangedAsync(GameSnapshot game, long userId, ZoneChange change, double distance, ZoneSummary zone, DateTimeOffset at, CancellationToken ct)
    {
        var name = (await players.FindAsync(userId, ct))?.DisplayName ?? "#" + userId;
        var adminIds = await admins.AdminIdsAsync(ct);
        var meters = (int)Math.Round(distance - zone.RadiusMeters);
        if (change == ZoneChange.Left)
        {
            await bus.PublishAsync(new PlayerLeftZone(game.Id, userId, distance, at), ct);
            await outbound.SendAsync(userId, OutboundMessage.Of(TextRef.Of("geo.zone.left", new { zone = zone.Name, meters })), ct: ct);
            await outbound.SendToManyAsync(adminIds, OutboundMessage.Of(TextRef.Of("geo.zone.left-admins", new { name, title = game.Title, meters })), ct: ct);
        }
        else
        {
            await bus.PublishAsync(new PlayerReturnedToZone(game.Id, userId, at), ct);
            await outbound.SendAsync(userId, OutboundMessage.Of(TextRef.Of("geo.zone.back", new { zone = zone.Name })), ct: ct);
            await outbound.SendToManyAsync(adminIds, OutboundMessage.Of(TextRef.Of("geo.zone.back-admins", new { name, title = game.Title })), ct: ct);
        }
    }
}
