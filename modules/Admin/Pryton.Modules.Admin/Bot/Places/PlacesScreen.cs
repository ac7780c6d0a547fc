using System.Globalization;
using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot.Places;

/// <summary>
/// Districts and their zones, one message edited in place: the districts; a district with its zones; a zone with its
/// centre, radius and the actions (pin, radius ±, make default, move by a pin, test a point, remove).
/// </summary>
internal sealed class PlacesScreen(IDistrictDirectory districts)
{
    public const string Action = "places";

    public async Task DistrictsAsync(UpdateContext ctx, CancellationToken ct)
    {
        var list = await districts.ListActiveAsync(ct);
        var rows = Keyboard.Grid(list.Select(d => Button.Callback(TextRef.Plain(d.Name), Data("d", d.Id))), 2)
            .Append([Button.Callback("admin.places.add-district", Data("new-district"))])
            .Append([Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "panel"))]);
        ctx.EditOrReply(TextRef.Of(list.Count == 0 ? "admin.places.none" : "admin.places.districts", new { count = list.Count }), Keyboard.Inline(rows));
    }

    public async Task DistrictAsync(UpdateContext ctx, long districtId, CancellationToken ct)
    {
        if (await districts.FindAsync(districtId, ct) is not { } district)
        {
            ctx.Toast("admin.places.gone", alert: true);
            await DistrictsAsync(ctx, ct);
            return;
        }

        var zones = await districts.ZonesAsync(districtId, ct);
        var lines = zones.Count == 0 ? (object)TextRef.Of("admin.places.no-zones")
            : new TextLines([.. zones.Select((z, i) => TextRef.Of(i == 0 ? "admin.places.zone-default" : "admin.places.zone-line", new { name = z.Name, radius = z.RadiusMeters }))]);
        var rows = zones.Select(z => (IReadOnlyList<Button>)[Button.Callback(TextRef.Plain("📍 " + z.Name), Data("z", z.Id))])
            .Append([Button.Callback("admin.places.add-zone", Data("new-zone", districtId)), Button.Callback("admin.places.rename", Data("rename", districtId))])
            .Append([Button.Callback("admin.places.switch-off", Data("off", districtId)), Button.Callback("admin.back", Data())]);
        ctx.EditOrReply(TextRef.Of("admin.places.district", new { name = district.Name, zones = lines }), Keyboard.Inline(rows));
    }

    public async Task ZoneAsync(UpdateContext ctx, long zoneId, CancellationToken ct)
    {
        if (await districts.FindZoneAsync(zoneId, ct) is not { } zone || !(await districts.ZonesAsync(zone.DistrictId, ct)).Any(z => z.Id == zoneId))
        {
            ctx.Toast("admin.places.gone", alert: true);
            await DistrictsAsync(ctx, ct);
            return;
        }

        var isDefault = (await districts.ZonesAsync(zone.DistrictId, ct))[0].Id == zoneId;
        var rows = new List<IReadOnlyList<Button>>
        {
            new[] { Button.Callback("admin.places.pin", Data("pin", zoneId)), Button.Callback("admin.places.test", Data("test", zoneId)) },
            new[] { Button.Callback("admin.places.smaller", Data("r", zoneId, "-")), Button.Callback("admin.places.larger", Data("r", zoneId, "+")) },
            new[] { Button.Callback("admin.places.move", Data("move", zoneId)), Button.Callback("admin.places.remove", Data("del", zoneId)) },
        };
        if (!isDefault)
        {
            rows.Add([Button.Callback("admin.places.make-default", Data("default", zoneId))]);
        }

        rows.Add([Button.Callback("admin.back", Data("d", zone.DistrictId))]);
        ctx.EditOrReply(TextRef.Of("admin.places.zone", new
        {
            name = zone.Name,
            lat = zone.Latitude.ToString("0.00000", CultureInfo.InvariantCulture),
            lon = zone.Longitude.ToString("0.00000", CultureInfo.InvariantCulture),
            radius = zone.RadiusMeters,
            kind = TextRef.Of(isDefault ? "admin.places.is-default" : "admin.places.not-default"),
        }), Keyboard.Inline(rows));
    }

    public static CallbackData Data(params object[] args) => CallbackData.Create(AdminKeyboards.Module, Action, args);
}
