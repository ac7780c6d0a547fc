using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Callbacks;

/// <summary>"📊 Statistics", and its CSV export.</summary>
[BotCallback("stats", Audience.Admin)]
internal sealed class StatisticsCallback(StatisticsScreen screen) : ICallbackHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (ctx.CallbackArgs is ["csv"])
        {
            ctx.Toast("admin.stats.csv-coming");
            await screen.SendCsvAsync(ctx, ct);
            return;
        }

        await screen.ShowAsync(ctx, ct);
    }
}
