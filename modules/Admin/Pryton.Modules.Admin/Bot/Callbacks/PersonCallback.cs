using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>One participant of a game, with the actions open now.</summary>
[BotCallback("person", Audience.Admin)]
internal sealed class PersonCallback(ParticipantsScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is not [var game, var user] || !long.TryParse(game, out var gameId) || !long.TryParse(user, out var userId))
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        await screen.ShowPersonAsync(ctx, gameId, userId, ct);
    }
}
