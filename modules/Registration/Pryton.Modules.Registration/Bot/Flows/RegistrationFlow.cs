using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Texts;
using Pryton.Modules.Registration.Application;
using Pryton.Modules.Registration.Bot.Keyboards;
using Pryton.Modules.Registration.Domain;

namespace Pryton.Modules.Registration.Bot.Flows;

/// <summary>
/// Sign-up: welcome → name → phone (own contact, typed, or skipped) → district → preferred role → car (drivers only)
/// → the current rules, accepted in full. Every step validates and asks again on a wrong answer; Back goes one step up.
/// </summary>
[BotFlow(RegistrationKeyboards.RegisterFlow)]
internal sealed class RegistrationFlow(ProfileQuestions questions, RulesBook rules, PlayerRegistry players, StartLanding landing, IContextMenu menu)
    : ConversationFlow<RegistrationDraft>
{
    private static readonly string[] CarSteps = ["car-brand", "car-colour", "car-plate"];

    public override string FirstStep => "welcome";

    public override TimeSpan Lifetime => TimeSpan.FromDays(7);

    public override async Task AskAsync(string step, RegistrationDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        switch (step)
        {
            case "welcome":
                ctx.Reply("registration.welcome", RegistrationKeyboards.Welcome);
                break;
            case "rules":
                var current = await rules.CurrentRulesAsync(ct);
                ctx.Reply(TextRef.Html(current.TextIn(ctx.Language)), Kernel.Bot.Outbound.Keyboard.Remove);
                ctx.Reply("registration.rules.ask", RegistrationKeyboards.Rules(current.Version));
                break;
            default:
                await questions.AskAsync(RegistrationKeyboards.RegisterFlow, step, ctx, canGoBack: step != "name", ct);
                break;
        }
    }

    public override async Task<StepResult<RegistrationDraft>> HandleAsync(string step, RegistrationDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        if (step == "welcome")
        {
            return ctx.CallbackArgs is ["go"] ? StepResult<RegistrationDraft>.Next("name", draft) : StepResult<RegistrationDraft>.Stay("registration.welcome.press");
        }

        if (step == "rules")
        {
            return await RulesAsync(draft, ctx, ct);
        }

        var answer = await questions.ReadAsync(step, ctx, ct);
        return answer.Kind switch
        {
            AnswerKind.Invalid => StepResult<RegistrationDraft>.Stay(answer.Error!),
            AnswerKind.Back => StepResult<RegistrationDraft>.Next(await PreviousAsync(step, draft, ct), draft),
            _ => StepResult<RegistrationDraft>.Next(await NextAsync(step, With(draft, step, answer), ct), With(draft, step, answer)),
        };
    }

    public override async Task CompleteAsync(RegistrationDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var player = await players.RegisterAsync(new Player
        {
            UserId = ctx.UserId,
            ChatId = ctx.ChatId,
            Username = ctx.From?.Username,
            DisplayName = draft.Name!,
            Phone = draft.Phone,
            DistrictId = draft.DistrictId,
            PreferredRole = draft.Role ?? PreferredRole.Any,
            CarBrand = draft.CarBrand,
            CarColour = draft.CarColour,
            CarPlate = draft.CarPlate,
            RulesVersion = draft.RulesVersion,
            RulesAcceptedAt = ctx.Now,
        }, ct);
        ctx.Reply(TextRef.Of("registration.done", new { name = player.DisplayName }), await menu.KeyboardAsync(ctx.UserId, ct));
        await landing.OpenAsync(ctx, draft.StartPayload, ct);
    }

    private async Task<StepResult<RegistrationDraft>> RulesAsync(RegistrationDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        switch (ctx.CallbackArgs)
        {
            case ["back"]:
                return StepResult<RegistrationDraft>.Next(await PreviousAsync("rules", draft, ct), draft);
            case ["rules", "decline"]:
                return StepResult<RegistrationDraft>.Abort("registration.rules.declined");
            case ["rules", "agree", var shown] when int.TryParse(shown, out var version):
                var current = await rules.CurrentRulesAsync(ct);
                return version == current.Version
                    ? StepResult<RegistrationDraft>.Done(draft with { RulesVersion = version })
                    : StepResult<RegistrationDraft>.Stay("registration.rules.changed");
            default:
                return StepResult<RegistrationDraft>.Stay("registration.use-buttons");
        }
    }

    private async Task<List<string>> OrderAsync(RegistrationDraft draft, CancellationToken ct)
    {
        var order = new List<string> { "name", "phone" };
        if ((await questions.DistrictsAsync(ct)).Count > 0)
        {
            order.Add("district"); // with no districts yet, the player picks one later in /profile
        }

        order.Add("role");
        if (draft.Role == PreferredRole.Driver)
        {
            order.AddRange(CarSteps);
        }

        order.Add("rules");
        return order;
    }

    private async Task<string> NextAsync(string step, RegistrationDraft draft, CancellationToken ct)
    {
        var order = await OrderAsync(draft, ct);
        return order[Math.Min(order.IndexOf(step) + 1, order.Count - 1)];
    }

    private async Task<string> PreviousAsync(string step, RegistrationDraft draft, CancellationToken ct)
    {
        var order = await OrderAsync(draft, ct);
        return order[Math.Max(order.IndexOf(step) - 1, 0)];
    }

    private static RegistrationDraft With(RegistrationDraft draft, string step, Answer answer) => step switch
    {
        "name" => draft with { Name = answer.Value },
        "phone" => draft with { Phone = answer.Kind == AnswerKind.Skip ? null : answer.Value },
        "district" => draft with { DistrictId = long.Parse(answer.Value!, System.Globalization.CultureInfo.InvariantCulture) },
        "role" => draft with { Role = Enum.Parse<PreferredRole>(answer.Value!) },
        "car-brand" => draft with { CarBrand = answer.Value },
        "car-colour" => draft with { CarColour = answer.Value },
        "car-plate" => draft with { CarPlate = answer.Value },
        _ => draft,
    };
}
