using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot.Places;

/// <summary>Every button of the districts-and-zones screens; ids are re-read, a gone district or zone is said so.</summary>
[BotCallback(PlacesScreen.Action, Audience.Admin)]
internal sealed class PlacesCallback(PlacesScreen screen, IDistrictEditor editor, IDistrictDirectory districts, AuditTrail audit) : ICallbackHandler
{
    public const int RadiusStep = 100;

    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var args = ctx.CallbackArgs;
        long id = args.Count > 1 && long.TryParse(args[1], out var parsed) ? parsed : 0;
        switch (args)
        {
            case []:
                await screen.DistrictsAsync(ctx, ct);
                break;
            case ["d", _]:
                await screen.DistrictAsync(ctx, id, ct);
                break;
            case ["z", _]:
                await screen.ZoneAsync(ctx, id, ct);
                break;
            case ["new-district"]:
                ctx.StartFlow<DistrictNameFlow>(new DistrictNameDraft());
                break;
            case ["rename", _]:
                ctx.StartFlow<DistrictNameFlow>(new DistrictNameDraft(id));
                break;
            case ["new-zone", _]:
                ctx.StartFlow<NewZoneFlow>(new NewZoneDraft(id));
                break;
            case ["test", _] or ["move", _]:
                ctx.StartFlow<ZonePinFlow>(new ZonePinDraft(id, Test: args[0] == "test"));
                break;
            case ["pin", _] when await districts.FindZoneAsync(id, ct) is { } zone:
                ctx.Reply(OutboundMessage.Location(zone.Latitude, zone.Longitude));
                ctx.Toast(TextRef.Plain(zone.Name));
                break;
            case ["r", _, var way and ("+" or "-")] when await districts.FindZoneAsync(id, ct) is { } zone:
                var radius = Math.Clamp(zone.RadiusMeters + (way == "+" ? RadiusStep : -RadiusStep), NewZoneFlow.RadiusMin, NewZoneFlow.RadiusMax);
                await editor.UpdateZoneAsync(id, zone.Latitude, zone.Longitude, radius, ct);
                await ChangedAsync(ctx, "admin.zone-radius", $"{id}:{radius}", ct);
                await screen.ZoneAsync(ctx, id, ct);
                break;
            case ["default", _]:
                await editor.SetDefaultZoneAsync(id, ct);
                await ChangedAsync(ctx, "admin.zone-default", args[1], ct);
                await screen.ZoneAsync(ctx, id, ct);
                break;
            case ["del", _] or ["off", _]:
                ctx.EditOrReply(args[0] == "del" ? "admin.places.remove-confirm" : "admin.places.off-confirm", Keyboard.Inline(
                    [Button.Callback("admin.places.yes", PlacesScreen.Data(args[0], id, "yes")), Button.Callback("admin.places.no", PlacesScreen.Data(args[0] == "del" ? "z" : "d", id))]));
                break;
            case ["del", _, "yes"] when await districts.FindZoneAsync(id, ct) is { } zone:
                await editor.RemoveZoneAsync(id, ct);
                await ChangedAsync(ctx, "admin.zone-remove", args[1], ct);
                await screen.DistrictAsync(ctx, zone.DistrictId, ct);
                break;
            case ["off", _, "yes"]:
                await editor.SetDistrictActiveAsync(id, active: false, ct);
                await ChangedAsync(ctx, "admin.district-off", args[1], ct);
                await screen.DistrictsAsync(ctx, ct);
                break;
            default:
                ctx.Toast("kernel.callback.stale");
                break;
        }
    }

    private async Task ChangedAsync(UpdateContext ctx, string action, string target, CancellationToken ct)
    {
        await audit.WriteAsync(ctx.UserId, action, target, allowed: true, ct);
        ctx.Toast("admin.done");
    }
}
