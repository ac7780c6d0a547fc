using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Modules.Registration.Bot.Flows;

namespace Pryton.Modules.Registration.Bot.Callbacks;

/// <summary>A field button of the profile card: opens the edit dialog at that field.</summary>
[BotCallback("edit", Audience.Player)]
internal sealed class EditFieldCallback(IActiveGameCheck? games = null) : ICallbackHandler
{
    private static readonly HashSet<string> Fields = ["name", "phone", "district", "role", "car-brand"];

    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var field] || !Fields.Contains(field))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        if (field == "car-brand" && games is not null && await games.IsSeatedInRunningGameAsync(ctx.UserId, ct))
        {
            ctx.Toast("registration.edit.car-locked", alert: true);
            return;
        }

        ctx.StartFlow<EditProfileFlow>(new EditDraft(), field);
    }
}
