using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Photos.Bot.Keyboards;

/// <summary>Every keyboard of the photos module, with its callback data, built in one place.</summary>
internal static class PhotoKeyboards
{
    public const string Module = "photos";

    /// <summary>The quick reasons of a rejection, and "other" (typed by the admin).</summary>
    public static readonly IReadOnlyList<string> ReasonCodes = ["plate", "wrong", "zone", "other"];

    public static Keyboard DriverAnswer(long claimId) => Keyboard.Inline(
        [Button.Callback("photos.claim.yes", CallbackData.Create(Module, "answer", claimId, "yes")),
         Button.Callback("photos.claim.no", CallbackData.Create(Module, "answer", claimId, "no"))]);

    public static Keyboard Decide(long claimId) => Keyboard.Inline(
        [Button.Callback("photos.admin.approve", CallbackData.Create(Module, "decide", claimId, "ok")),
         Button.Callback("photos.admin.reject", CallbackData.Create(Module, "decide", claimId, "no"))]);

    public static Keyboard Reasons(long claimId) => Keyboard.Inline(
        Keyboard.Grid(ReasonCodes.Select(code =>
            Button.Callback($"photos.reason.{code}", CallbackData.Create(Module, "reason", claimId, code))), 2));

    /// <summary>The seeker picks whom they found: the hidden drivers, by name and car.</summary>
    public static Keyboard Drivers(IReadOnlyList<(long Id, string Label)> drivers) => Keyboard.Inline(
        drivers.Select(d => (IReadOnlyList<Button>)[Button.Callback(TextRef.Plain(d.Label), CallbackData.Create(Module, "claim", "d", d.Id))]));
}
