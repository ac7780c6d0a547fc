using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>"👥 Participants" of a game.</summary>
[BotCallback("people", Audience.Admin)]
internal sealed class PeopleCallback(ParticipantsScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var raw] || !long.TryParse(raw, out var gameId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        await screen.ShowAsync(ctx, gameId, ct);
    }
}
