using Pryton.Contracts.Geo;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Modules.Registration.Bot.Keyboards;
using Pryton.Modules.Registration.Domain;

namespace Pryton.Modules.Registration.Bot.Flows;

/// <summary>
/// The profile questions (name, phone, district, role, car) as both the sign-up and the edit flow ask them: the same
/// wording, keyboards and validation, so a value is accepted or refused the same way everywhere.
/// </summary>
internal sealed class ProfileQuestions(IDistrictDirectory districts)
{
    public Task<IReadOnlyList<DistrictSummary>> DistrictsAsync(CancellationToken ct) => districts.ListActiveAsync(ct);

    public async Task AskAsync(string flow, string step, UpdateContext ctx, bool canGoBack, CancellationToken ct)
    {
        switch (step)
        {
            case "phone":
                ctx.Reply("registration.ask.phone", RegistrationKeyboards.Phone(canGoBack));
                break;
            case "district":
                ctx.Reply("registration.ask.district", RegistrationKeyboards.Districts(flow, await districts.ListActiveAsync(ct), canGoBack));
                break;
            case "role":
                ctx.Reply("registration.ask.role", RegistrationKeyboards.Roles(flow, canGoBack));
                break;
            default:
                ctx.Reply($"registration.ask.{step}", RegistrationKeyboards.TextAnswer(canGoBack));
                break;
        }
    }

    public async Task<Answer> ReadAsync(string step, UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.Choice == "back" || ctx.CallbackArgs is ["back"])
        {
            return Answer.Back;
        }

        return step switch
        {
            "name" => Typed(ctx, ProfileRules.Name),
            "phone" => Phone(ctx),
            "district" => await DistrictAsync(ctx, ct),
            "role" => ctx.CallbackArgs is ["role", var role] && Enum.TryParse<PreferredRole>(role, true, out var parsed) && Enum.IsDefined(parsed)
                ? new Answer(AnswerKind.Value, parsed.ToString())
                : Answer.Invalid("registration.use-buttons"),
            "car-brand" => Typed(ctx, ProfileRules.CarBrand),
            "car-colour" => Typed(ctx, ProfileRules.CarColour),
            "car-plate" => Typed(ctx, ProfileRules.CarPlate),
            _ => Answer.Invalid("registration.use-buttons"),
        };
    }

    private static Answer Typed(UpdateContext ctx, Func<string?, FieldCheck> rule) =>
        ctx.Message?.Text is { } text && ctx.Choice is null ? Answer.Of(rule(text)) : Answer.Invalid("registration.use-text");

    private static Answer Phone(UpdateContext ctx)
    {
        if (ctx.Choice == "skip")
        {
            return Answer.Skip;
        }

        if (ctx.Contact is { } contact)
        {
            // Anyone can send a contact card by hand; only the sender's own number counts.
            return contact.UserId == ctx.UserId ? Answer.Of(ProfileRules.Phone(contact.PhoneNumber)) : Answer.Invalid("registration.phone.not-yours");
        }

        return Typed(ctx, ProfileRules.Phone);
    }

    private async Task<Answer> DistrictAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is ["d", var raw] && long.TryParse(raw, out var id))
        {
            return (await districts.ListActiveAsync(ct)).Any(d => d.Id == id)
                ? new Answer(AnswerKind.Value, id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : Answer.Invalid("registration.district.unknown");
        }

        var typed = ctx.Message?.Text?.Trim();
        var match = typed is null ? null : (await districts.ListActiveAsync(ct)).FirstOrDefault(d => string.Equals(d.Name, typed, StringComparison.OrdinalIgnoreCase));
        return match is not null
            ? new Answer(AnswerKind.Value, match.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : Answer.Invalid("registration.district.unknown");
    }
}
