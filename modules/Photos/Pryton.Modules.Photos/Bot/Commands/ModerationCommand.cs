using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Modules.Photos.Application;

namespace Pryton.Modules.Photos.Bot.Commands;

/// <summary>/moderation (and the admin panel's button): every claim still waiting for a decision, each with its photo and buttons again.</summary>
[BotCommand("moderation", Audience.Admin)]
[BotCallback(Contracts.Photos.PhotoScreens.QueueAction, Audience.Admin)]
internal sealed class ModerationCommand(PhotoStore store, FoundClaims claims, IGameQueries games) : ICommandHandler, ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var pending = await store.PendingClaimsAsync(ct);
        if (pending.Count == 0)
        {
            ctx.Reply("photos.moderation.none");
            return;
        }

        ctx.Reply(Kernel.Texts.TextRef.Of("photos.moderation.title", new { count = pending.Count }));
        foreach (var claim in pending.Take(10))
        {
            var title = (await games.FindAsync(claim.GameId, ct))?.Title ?? "#" + claim.GameId;
            await claims.AnnounceAsync(claim, title, ct, [ctx.UserId]);
        }
    }
}
