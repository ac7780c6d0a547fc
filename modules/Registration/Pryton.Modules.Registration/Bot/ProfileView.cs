using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Registration.Bot.Keyboards;
using Pryton.Modules.Registration.Domain;

namespace Pryton.Modules.Registration.Bot;

/// <summary>The profile card with a button per field, shown by /profile and after every edit.</summary>
internal sealed class ProfileView(IDistrictDirectory districts)
{
    public async Task ShowAsync(UpdateContext ctx, Player player, CancellationToken ct, bool inPlace = false)
    {
        var district = player.DistrictId is { } id ? (await districts.FindAsync(id, ct))?.Name : null;
        var text = TextRef.Of("registration.profile.card", new
        {
            name = player.DisplayName,
            phone = player.Phone ?? ctx.T("registration.profile.none"),
            district = district ?? ctx.T("registration.profile.none"),
            role = ctx.T(RegistrationKeyboards.RoleKey(player.PreferredRole)),
            car = player.Car is { } car ? $"{car.Brand}, {car.Colour}, {car.Plate}" : ctx.T("registration.profile.no-car"),
            rules = player.RulesVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—",
        });
        if (inPlace)
        {
            ctx.EditOrReply(text, RegistrationKeyboards.Profile);
        }
        else
        {
            ctx.Reply(text, RegistrationKeyboards.Profile);
        }
    }
}
