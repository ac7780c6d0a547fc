using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Commands;

/// <summary>/stats: the statistics screen.</summary>
[BotCommand("stats", Audience.Admin)]
internal sealed class StatsCommand(StatisticsScreen screen) : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => screen.ShowAsync(ctx, ct);
}
