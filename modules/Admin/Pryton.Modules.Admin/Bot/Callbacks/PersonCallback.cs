using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>One participant of a game, with the actions open now.</summary>
[BotCallback("person", Audience.Admin)]
internal sealed class PersonCallback(ParticipantsScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.ArgIds(out var gameId, out var userId))
        {
            await screen.ShowPersonAsync(ctx, gameId, userId, ct);
        }
    }
}
