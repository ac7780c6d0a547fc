using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot.Places;

/// <summary>One location pin about a zone: its new centre (move), or a point to test against it.</summary>
[BotFlow("zone-pin", Audience = Audience.Admin)]
internal sealed class ZonePinFlow(IDistrictEditor editor, IDistrictDirectory districts, AuditTrail audit) : ConversationFlow<ZonePinDraft>
{
    public override string FirstStep => "pin";

    public override Task AskAsync(string step, ZonePinDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply(draft.Test ? "admin.places.ask-test" : "admin.places.ask-move");
        return Task.CompletedTask;
    }

    public override Task<StepResult<ZonePinDraft>> HandleAsync(string step, ZonePinDraft draft, UpdateContext ctx, CancellationToken ct) =>
        Task.FromResult(ctx.Location is null ? StepResult<ZonePinDraft>.Stay("admin.places.need-pin") : StepResult<ZonePinDraft>.Done(draft));

    public override async Task CompleteAsync(ZonePinDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var pin = ctx.Location!;
        var back = Keyboard.Inline([Button.Callback("admin.places.open", PlacesScreen.Data("z", draft.ZoneId))]);
        if (await districts.FindZoneAsync(draft.ZoneId, ct) is not { } zone)
        {
            ctx.Reply("admin.places.gone");
            return;
        }

        if (draft.Test)
        {
            var check = (await districts.CheckPointAsync(draft.ZoneId, pin.Latitude, pin.Longitude, ct))!;
            ctx.Reply(TextRef.Of(check.Inside ? "admin.places.inside" : "admin.places.outside", new
            {
                name = zone.Name, meters = check.DistanceMeters, radius = zone.RadiusMeters, compass = check.Compass, beyond = check.DistanceMeters - zone.RadiusMeters,
            }), back);
            return;
        }

        await editor.UpdateZoneAsync(draft.ZoneId, pin.Latitude, pin.Longitude, zone.RadiusMeters, ct);
        await audit.WriteAsync(ctx.UserId, "admin.zone-move", draft.ZoneId.ToString(System.Globalization.CultureInfo.InvariantCulture), allowed: true, ct);
        ctx.Reply(TextRef.Of("admin.places.moved", new { name = zone.Name }), back);
    }
}
