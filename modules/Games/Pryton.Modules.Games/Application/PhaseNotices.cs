using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Domain;
using static Pryton.Modules.Games.Application.GameMessenger;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// What players hear when a phase begins, the same whoever triggered it (GAME-RULES §3 rewrite, rule 5): drivers and
/// seekers each their own instructions, admins a summary, followers the news. Players always get what they need to
/// play; <c>notify_on_phase_change</c> governs the summaries to admins and followers.
/// </summary>
internal sealed class PhaseNotices(GameMessenger messenger, IRoleAssignment roles, IDistrictDirectory districts, IOutbound outbound, TimeProvider clock)
{
    public async Task HidingStartedAsync(Game game, RoleDraw draw, long? adminId, GameSettings settings, CancellationToken ct)
    {
        var deadline = Clock(game, game.PhaseEndsAt!.Value);
        var minutes = Minutes(game.PhaseEndsAt.Value - clock.GetUtcNow());
        var zone = game.ZoneId is { } zoneId ? await districts.FindZoneAsync(zoneId, ct) : null;
        var area = zone is not null
            ? TextRef.Of("games.area.zone", new { name = zone.Name, radius = zone.RadiusMeters })
            : TextRef.Of("games.area.district", new { district = (await districts.FindAsync(game.DistrictId, ct))?.Name ?? "—" });
        var driverName = new Localized(await roles.DisplayNamesAsync(GameRole.Driver, ct));
        var seekerName = new Localized(await roles.DisplayNamesAsync(GameRole.Seeker, ct));

        await messenger.ToManyAsync(draw.Drivers, TextRef.Of("games.start.driver", new { title = game.Title, role = driverName, area, deadline, minutes }), ct);
        if (zone is not null)
        {
            await outbound.SendToManyAsync(draw.Drivers, OutboundMessage.Location(zone.Latitude, zone.Longitude), ct: ct);
        }

        await messenger.ToManyAsync(draw.Seekers, TextRef.Of("games.start.seeker", new { title = game.Title, role = seekerName, deadline, minutes }), ct);
        if (settings.NotifyOnPhaseChange)
        {
            var names = await messenger.NamesAsync(draw.Drivers, ct);
            await messenger.ToAdminsAsync(TextRef.Of("games.start.admins", new
            {
                title = game.Title,
                how = TextRef.Of(adminId is null ? "games.start.how.timer" : "games.start.how.admin"),
                count = draw.Roles.Count,
                drivers = string.Join(", ", names.Values),
                seekers = draw.Seekers.Count,
                deadline,
            }), null, ct);
            await messenger.ToFollowersAsync(game.Id, [.. draw.Roles.Keys], TextRef.Of("games.start.followers", new { title = game.Title, drivers = draw.Drivers.Count, deadline }), ct);
        }
    }

    public async Task SearchStartedAsync(Game game, IReadOnlyList<GamePlayer> players, GameSettings settings, CancellationToken ct)
    {
        var deadline = Clock(game, game.PhaseEndsAt!.Value);
        var drivers = players.Where(p => p.HidAsDriver == true).ToList();
        var current = await roles.RolesAsync(game.Id, ct);
        var seekers = players.Where(p => current.GetValueOrDefault(p.UserId) == GameRole.Seeker).Select(p => p.UserId).ToList();
        var cars = await CarListAsync(drivers.Where(d => d.FoundAt is null).Select(d => d.UserId).ToList(), ct);

        await messenger.ToManyAsync([.. drivers.Where(d => d.FoundAt is null).Select(d => d.UserId)], TextRef.Of("games.search.driver", new { title = game.Title, deadline }), ct);
        await messenger.ToManyAsync(seekers, TextRef.Of("games.search.seeker", new { title = game.Title, deadline, cars }), ct);
        if (settings.NotifyOnPhaseChange)
        {
            await HidingCountToAdminsAsync(game, drivers, "games.search.admins", deadline, ct);
            await messenger.ToFollowersAsync(game.Id, [.. players.Select(p => p.UserId)], TextRef.Of("games.search.followers", new { title = game.Title, deadline }), ct);
        }
    }

    /// <summary>Admins: how many drivers hid, and who did not (before the hiding ends, and when the search starts).</summary>
    public async Task HidingCountToAdminsAsync(Game game, IReadOnlyList<GamePlayer> drivers, string key, string deadline, CancellationToken ct)
    {
        var missing = drivers.Where(d => d.HiddenAt is null).Select(d => d.UserId).ToList();
        var names = await messenger.NamesAsync(missing, ct);
        await messenger.ToAdminsAsync(TextRef.Of(key, new
        {
            title = game.Title,
            deadline,
            hidden = drivers.Count - missing.Count,
            drivers = drivers.Count,
            missing = missing.Count == 0 ? TextRef.Of("games.search.all-hidden") : TextRef.Of("games.search.not-hidden", new { names = string.Join(", ", names.Values) }),
        }), null, ct);
    }

    /// <summary>The cars still hidden, one line each: whose, brand, colour, plate.</summary>
    public async Task<string> CarListAsync(IReadOnlyList<long> driverIds, CancellationToken ct)
    {
        var profiles = (await messenger.ProfilesAsync(driverIds, ct)).ToDictionary(p => p.UserId);
        return string.Join("\n", driverIds.Select(id => "• " + (profiles.GetValueOrDefault(id)?.NameWithCar ?? "#" + id)));
    }

    /// <summary>Pause, resume and extend: everyone in the game hears the new state of the clock.</summary>
    public async Task ClockChangedAsync(Game game, IReadOnlyList<GamePlayer> players, string key, CancellationToken ct)
    {
        var phase = TextRef.Of(game.Status == GameStatus.HidingPhase ? "games.phase.hiding" : "games.phase.searching");
        var deadline = game.PhaseEndsAt is { } endsAt ? Clock(game, endsAt) : string.Empty;
        await messenger.ToManyAsync([.. players.Select(p => p.UserId)], TextRef.Of(key, new { title = game.Title, phase, deadline }), ct);
    }
}
