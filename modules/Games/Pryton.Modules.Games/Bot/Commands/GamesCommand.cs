using Pryton.Kernel.Bot;

namespace Pryton.Modules.Games.Bot.Commands;

/// <summary><c>/games</c>: games open for sign-up, the player's district first.</summary>
[BotCommand("games", Audience.Player)]
internal sealed class GamesCommand(GameList list) : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => list.ShowAsync(ctx, allDistricts: false, ct);
}
