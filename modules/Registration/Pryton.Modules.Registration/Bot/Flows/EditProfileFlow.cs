using Pryton.Contracts.Games;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Menu;
using Pryton.Modules.Registration.Application;
using Pryton.Modules.Registration.Bot.Keyboards;

namespace Pryton.Modules.Registration.Bot.Flows;

/// <summary>
/// Changes one profile field (the car: brand, colour, plate in turn) with the sign-up's questions and rules. A player
/// switching to driver without a car is asked for it; car data is locked while the player is seated in a running game.
/// </summary>
[BotFlow(RegistrationKeyboards.EditFlow)]
internal sealed class EditProfileFlow(ProfileQuestions questions, PlayerRegistry players, ProfileView profile, IContextMenu menu, IActiveGameCheck? games = null)
    : ConversationFlow<EditDraft>
{
    public override string FirstStep => "name";

    public override TimeSpan Lifetime => TimeSpan.FromHours(6);

    public override Task AskAsync(string step, EditDraft draft, UpdateContext ctx, CancellationToken ct) =>
        questions.AskAsync(RegistrationKeyboards.EditFlow, step, ctx, canGoBack: false, ct);

    public override async Task<StepResult<EditDraft>> HandleAsync(string step, EditDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        var answer = await questions.ReadAsync(step, ctx, ct);
        if (answer.Kind == AnswerKind.Invalid)
        {
            return StepResult<EditDraft>.Stay(answer.Error!);
        }

        if (answer.Kind == AnswerKind.Back || await players.FindAsync(ctx.UserId, ct) is not { } player)
        {
            return StepResult<EditDraft>.Abort("registration.edit.unchanged");
        }

        if (step.StartsWith("car-", StringComparison.Ordinal) && games is not null && await games.IsSeatedInRunningGameAsync(ctx.UserId, ct))
        {
            return StepResult<EditDraft>.Abort("registration.edit.car-locked");
        }

        switch (step)
        {
            case "car-brand":
                return StepResult<EditDraft>.Next("car-colour", draft with { CarBrand = answer.Value });
            case "car-colour":
                return StepResult<EditDraft>.Next("car-plate", draft with { CarColour = answer.Value });
            case "car-plate":
                (player.CarBrand, player.CarColour, player.CarPlate) = (draft.CarBrand, draft.CarColour, answer.Value);
                await players.ChangedAsync(player, "car", ct);
                return StepResult<EditDraft>.Done(draft);
            case "name":
                player.DisplayName = answer.Value!;
                break;
            case "phone":
                player.Phone = answer.Kind == AnswerKind.Skip ? null : answer.Value;
                break;
            case "district":
                player.DistrictId = long.Parse(answer.Value!, System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "role":
                player.PreferredRole = Enum.Parse<PreferredRole>(answer.Value!);
                break;
        }

        await players.ChangedAsync(player, step, ct);
        if (step == "role" && player.PreferredRole == PreferredRole.Driver && player.Car is null)
        {
            ctx.Reply("registration.edit.need-car");
            return StepResult<EditDraft>.Next("car-brand", draft);
        }

        return StepResult<EditDraft>.Done(draft);
    }

    public override async Task CompleteAsync(EditDraft draft, UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply("registration.edit.saved", await menu.KeyboardAsync(ctx.UserId, ct));
        if (await players.FindAsync(ctx.UserId, ct) is { } player)
        {
            await profile.ShowAsync(ctx, player, ct);
        }
    }
}
