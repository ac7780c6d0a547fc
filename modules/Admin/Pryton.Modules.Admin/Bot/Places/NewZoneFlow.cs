using System.Globalization;
using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Modules.Admin.Application;

namespace Pryton.Modules.Admin.Bot.Places;

/// <summary>A new zone: its name, its centre as a location pin (📎 → Location), its radius in metres.</summary>
[BotFlow("zone-new", Audience = Audience.Admin)]
internal sealed class NewZoneFlow(IDistrictEditor editor, IDistrictDirectory districts, AuditTrail audit) : ConversationFlow<NewZoneDraft>
{
    public const int RadiusMin = 50;
    public const int RadiusMax = 50_000;

    private static readonly int[] Radii = [500, 1000, 1500, 2000];

    public override string FirstStep => "name";

    public override Task AskAsync(string step, NewZoneDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        switch (step)
        {
            case "name":
                ctx.Reply("admin.places.ask-zone-name");
                break;
            case "pin":
                ctx.Reply("admin.places.ask-pin");
                break;
            default:
                ctx.Reply(TextRef.Of("admin.places.ask-radius", new { min = RadiusMin, max = RadiusMax }), Keyboard.Inline(Keyboard.Grid(
                    Radii.Select(r => Button.Callback(TextRef.Plain(r.ToString(CultureInfo.InvariantCulture) + " м"), CallbackData.Create(AdminKeyboards.Module, "zone-new", r))), 4)));
                break;
        }

        return Task.CompletedTask;
    }

    public override Task<StepResult<NewZoneDraft>> HandleAsync(string step, NewZoneDraft draft, UpdateContext ctx, CancellationToken ct) => Task.FromResult(step switch
    {
        "name" when ctx.Callback is null && ctx.Text?.Trim() is { Length: >= 2 and <= 60 } name && !name.StartsWith('/') =>
            StepResult<NewZoneDraft>.Next("pin", draft with { Name = name }),
        "name" => StepResult<NewZoneDraft>.Stay(TextRef.Of("admin.places.bad-name", new { max = 60 })),
        "pin" when ctx.Location is { } pin => StepResult<NewZoneDraft>.Next("radius", draft with { Latitude = pin.Latitude, Longitude = pin.Longitude }),
        "pin" => StepResult<NewZoneDraft>.Stay("admin.places.need-pin"),
        _ when Radius(ctx) is not null => StepResult<NewZoneDraft>.Done(draft),
        _ => StepResult<NewZoneDraft>.Stay(TextRef.Of("admin.new.bad-number", new { min = RadiusMin, max = RadiusMax })),
    });

    public override async Task CompleteAsync(NewZoneDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var first = (await districts.ZonesAsync(draft.DistrictId, ct)).Count == 0;
        var id = await editor.AddZoneAsync(draft.DistrictId, draft.Name!, draft.Latitude!.Value, draft.Longitude!.Value, Radius(ctx)!.Value, isDefault: first, ct);
        await audit.WriteAsync(ctx.UserId, "admin.zone-add", $"{draft.DistrictId}:{id}:{draft.Name}", allowed: true, ct);
        ctx.Reply(TextRef.Of("admin.places.saved-zone", new { name = draft.Name }), Keyboard.Inline([Button.Callback("admin.places.open", PlacesScreen.Data("z", id))]));
    }

    private static int? Radius(UpdateContext ctx)
    {
        var raw = ctx.CallbackArgs is [var pressed] ? pressed : ctx.Callback is null ? ctx.Text?.Trim().Replace("м", string.Empty, StringComparison.Ordinal).Trim() : null;
        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var meters) && meters is >= RadiusMin and <= RadiusMax ? meters : null;
    }
}
