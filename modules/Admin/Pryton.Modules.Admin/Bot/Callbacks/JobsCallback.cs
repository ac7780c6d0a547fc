using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>"🗓 Scheduler": pending jobs, a game's jobs, and re-planning a game's timers.</summary>
[BotCallback("jobs", Audience.Admin)]
internal sealed class JobsCallback(SchedulerScreen screen, IGameControl control) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        switch (ctx.CallbackArgs)
        {
            case []:
                await screen.OverviewAsync(ctx, ct);
                break;
            case [var raw] when long.TryParse(raw, out var gameId):
                await screen.GameAsync(ctx, gameId, ct);
                break;
            case [var raw, "replan"] when long.TryParse(raw, out var gameId):
                var result = await control.ReplanAsync(gameId, ctx.UserId, ct);
                if (!result.Succeeded)
                {
                    ctx.Toast(AdminKeyboards.ResultKey(result), alert: true);
                    await screen.GameAsync(ctx, gameId, ct);
                    break;
                }

                // The new timers are written when this update commits: the list is drawn again on "refresh".
                ctx.Toast("admin.jobs.replanned");
                ctx.EditOrReply("admin.jobs.replanned", Kernel.Bot.Outbound.Keyboard.Inline(
                    [Kernel.Bot.Outbound.Button.Callback("admin.game.refresh", Kernel.Bot.CallbackData.Create(AdminKeyboards.Module, "jobs", gameId))]));
                break;
            default:
                ctx.Toast("kernel.callback.stale");
                break;
        }
    }
}
