using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>"👥 Participants" of a game.</summary>
[BotCallback("people", Audience.Admin)]
internal sealed class PeopleCallback(ParticipantsScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.ArgIds(out var gameId))
        {
            await screen.ShowAsync(ctx, gameId, ct);
        }
    }
}
