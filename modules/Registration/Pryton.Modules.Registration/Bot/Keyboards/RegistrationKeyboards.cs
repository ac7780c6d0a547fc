using Pryton.Contracts.Geo;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Registration.Bot.Keyboards;

/// <summary>Every keyboard of the module, with its callback data, built in one place.</summary>
internal static class RegistrationKeyboards
{
    public const string Module = "registration";
    public const string RegisterFlow = "register";
    public const string EditFlow = "change";

    public static Keyboard Welcome { get; } = Keyboard.Inline([Button.Callback("registration.button.register", CallbackData.Create(Module, RegisterFlow, "go"))]);

    public static Keyboard TextAnswer(bool canGoBack) => Keyboard.Reply(
        canGoBack ? [Back, Cancel] : [Cancel]);

    public static Keyboard Phone(bool canGoBack) => Keyboard.Reply(
        [Button.ShareContact("registration.button.share-phone")],
        canGoBack ? [Button.Choice("registration.button.skip", "skip"), Back, Cancel] : [Button.Choice("registration.button.no-phone", "skip"), Cancel]);

    public static Keyboard Districts(string flow, IReadOnlyList<DistrictSummary> districts, bool canGoBack) => Keyboard.Inline(
        Keyboard.Grid(districts.Select(d => Button.Callback(TextRef.Plain(d.Name), CallbackData.Create(Module, flow, "d", d.Id))), 2)
            .Concat(canGoBack ? [[InlineBack(flow)]] : []));

    public static Keyboard Roles(string flow, bool canGoBack) => Keyboard.Inline(
        new IReadOnlyList<Button>[]
        {
            [Role(flow, PreferredRole.Driver), Role(flow, PreferredRole.Seeker)],
            [Role(flow, PreferredRole.Any), Role(flow, PreferredRole.Observer)],
        }.Concat(canGoBack ? [[InlineBack(flow)]] : []));

    public static Keyboard Rules(int version) => Keyboard.Inline(
        [Button.Callback("registration.button.agree", CallbackData.Create(Module, RegisterFlow, "rules", "agree", version)),
         Button.Callback("registration.button.decline", CallbackData.Create(Module, RegisterFlow, "rules", "decline"))],
        [InlineBack(RegisterFlow)]);

    public static Keyboard AcceptRules(int version) =>
        Keyboard.Inline([Button.Callback("registration.button.agree", CallbackData.Create(Module, "accept-rules", version))]);

    public static Keyboard Profile { get; } = Keyboard.Inline(
        [Edit("registration.edit.name", "name"), Edit("registration.edit.phone", "phone")],
        [Edit("registration.edit.district", "district"), Edit("registration.edit.role", "role")],
        [Edit("registration.edit.car", "car-brand")],
        [Button.Callback("registration.edit.forget", CallbackData.Create(Module, "forget", "ask"))]);

    public static Keyboard ForgetConfirm { get; } = Keyboard.Inline(
        [Button.Callback("registration.forget.yes", CallbackData.Create(Module, "forget", "yes")),
         Button.Callback("registration.forget.no", CallbackData.Create(Module, "forget", "no"))]);

    public static string RoleKey(PreferredRole role) => $"registration.role.{role.ToString().ToLowerInvariant()}";

    private static Button Back => Button.Choice("registration.button.back", "back");

    private static Button Cancel => Button.ForCommand("registration.button.cancel", "/cancel");

    private static Button InlineBack(string flow) => Button.Callback("registration.button.back", CallbackData.Create(Module, flow, "back"));

    private static Button Role(string flow, PreferredRole role) =>
        Button.Callback(RoleKey(role), CallbackData.Create(Module, flow, "role", role.ToString().ToLowerInvariant()));

    private static Button Edit(string label, string field) => Button.Callback(label, CallbackData.Create(Module, "edit", field));
}
