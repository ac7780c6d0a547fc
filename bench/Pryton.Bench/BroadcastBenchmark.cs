using System.Diagnostics;
using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Pryton.Kernel.UnitOfWork;
using Pryton.Testing;

namespace Pryton.Bench;

/// <summary>
/// One announcement to 1 000 players under Telegram's limit of 30 messages a second (and one a second per chat),
/// through the outbound queue and sender as a broadcast uses them. Baseline: the ideal time, 1 000 / 30 s. Figure:
/// the achieved share of the allowed rate; also counted: lost messages and the busiest second.
/// </summary>
internal static class BroadcastBenchmark
{
    public static async Task<BenchResult> RunAsync(int players, double rate)
    {
        await using var host = await BotTestHost.StartAsync(s => s with { SendRate = rate, SendRatePerChat = 1 });
        var ids = Enumerable.Range(0, players).Select(i => 600_000L + i).ToList();
        var uow = host.App!.Services.GetRequiredService<IUnitOfWork>();
        await uow.RunAsync("bench", (scope, ct) =>
            scope.Resolve<IOutbound>().SendToManyAsync(ids, OutboundMessage.Of(TextRef.Plain("Игра в субботу в 19:00 — записывайтесь!")), ct: ct), CancellationToken.None);
        var watch = Stopwatch.StartNew(); // from the commit that queued them all
        await Eventually.That(() => Sent(host) >= players, TimeSpan.FromSeconds(players / rate * 2 + 10)).ContinueWith(_ => { }, TaskScheduler.Default);
        var elapsed = watch.Elapsed;

        var calls = host.Api.Calls.Where(c => c.Method == "sendMessage" && c.Status == 200).ToList();
        var delivered = calls.Select(c => c.ChatId).Distinct().Count();
        var busiest = Pace.MaxInAnySecond(calls);
        var gap = Pace.TightestChatGap(calls);
        var ideal = TimeSpan.FromSeconds(players / rate);
        var share = delivered == players && busiest <= rate ? ideal / elapsed : 0;
        return new BenchResult("broadcast", $"{delivered}/{players} delivered in {elapsed.TotalSeconds:0.0} s (ideal {ideal.TotalSeconds:0.0} s), busiest second {busiest}, "
            + $"{players - delivered} lost, {calls.Count - delivered} doubled, tightest per-chat gap {(gap == TimeSpan.MaxValue ? "—" : $"{gap.TotalSeconds:0.0} s")}",
            share, Target: 0.95);
    }

    private static int Sent(BotTestHost host) => host.Api.Calls.Count(c => c.Method == "sendMessage" && c.Status == 200);
}
