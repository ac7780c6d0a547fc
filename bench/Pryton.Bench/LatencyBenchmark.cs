using System.Diagnostics;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;
using Telegram.Bot;

namespace Pryton.Bench;

/// <summary>
/// Command round trip — an update queued on the Bot API → the reply handed to the Bot API — at steady offered rates,
/// next to a bare Telegram.Bot receive→reply loop against the same emulator at the same rates. The send limiter is
/// lifted (the benchmark measures the bot, not Telegram's pacing). Updates come from many chats, a few per chat per
/// second; each chat's k-th reply answers its k-th update (per-chat order), which is how replies are matched.
/// The emulator runs in this process beside the bot, so it keeps no history here (only the calls' timings): its
/// chats, updates and request bodies, kept for tests, made every collection of the bot's process copy them.
/// </summary>
internal static class LatencyBenchmark
{
    private const int Chats = 500;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(IReadOnlyList<int> rates, TimeSpan each)
    {
        var results = new List<BenchResult>();
        foreach (var rate in rates)
        {
            var bare = await BareLoopAsync(rate, each);
            var pipeline = await PipelineAsync(rate, each);
            var webhook = await WebhookPipelineAsync(rate, each);
            var gated = rate == rates.Max();
            results.Add(new BenchResult($"rtt-{rate}/s p50", $"pipeline {pipeline.P50:0.0} ms vs bare loop {bare.P50:0.0} ms; figure = the difference (ms)",
                pipeline.P50 - bare.P50, gated ? 2 : null, HigherIsBetter: false));
            results.Add(new BenchResult($"rtt-{rate}/s p99", $"pipeline {pipeline.P99:0.0} ms vs bare loop {bare.P99:0.0} ms; figure = the difference (ms); pipeline: {pipeline.Gc}; bare loop: {bare.Gc}",
                pipeline.P99 - bare.P99, gated ? 5 : null, HigherIsBetter: false));
            results.Add(new BenchResult($"rtt-{rate}/s rate", $"{pipeline.Answered}/{pipeline.Offered} answered ({pipeline.Lost} lost), {pipeline.Throughput:0} replies/s for {rate} offered",
                pipeline.Lost == 0 ? pipeline.Throughput / rate : 0, gated ? 0.98 : null));
            results.Add(new BenchResult($"rtt-{rate}/s webhook p50", $"pipeline in webhook mode {webhook.P50:0.0} ms vs bare loop {bare.P50:0.0} ms; figure = the difference (ms)",
                webhook.P50 - bare.P50, null, HigherIsBetter: false));
            results.Add(new BenchResult($"rtt-{rate}/s webhook p99", $"pipeline in webhook mode {webhook.P99:0.0} ms vs bare loop {bare.P99:0.0} ms; figure = the difference (ms); {webhook.Answered}/{webhook.Offered} answered",
                webhook.P99 - bare.P99, null, HigherIsBetter: false));
        }

        return results;
    }

    private static async Task<Run> PipelineAsync(int rate, TimeSpan duration)
    {
        await using var host = await BotTestHost.StartAsync(
            s => s with { SendRate = 100_000, SendRatePerChat = 100_000, SendRatePerGroupPerMinute = 100_000 }, extraModules: [BenchModule.Descriptor]);
        host.Api.State.KeepsHistory = false;
        Action<EmulatedUser> ping = user => host.Api.Users.SendText(user, "/ping");
        await WarmUpAsync(host.Api, ping, rate);
        return await MeasureAsync(host.Api, ping, rate, duration);
    }

    /// <summary>The same bot taking the updates on its webhook (no polling batches: each update is its own request).</summary>
    private static async Task<Run> WebhookPipelineAsync(int rate, TimeSpan duration)
    {
        const string secret = "bench-webhook-secret";
        await using var host = await BotTestHost.StartAsync(s => s with
        {
            SendRate = 100_000, SendRatePerChat = 100_000, SendRatePerGroupPerMinute = 100_000,
            WebhookUrl = "https://bench.example.org/telegram/hook", WebhookSecret = secret, WebhookPort = FreePort.Next(),
        }, extraModules: [BenchModule.Descriptor]);
        host.Api.State.KeepsHistory = false;
        await using var webhook = new WebhookDelivery(host.Api, new Uri($"http://127.0.0.1:{host.Settings.WebhookPort}/telegram/hook"), secret);
        Action<EmulatedUser> ping = user => webhook.Send(user, "/ping");
        await WarmUpAsync(host.Api, ping, rate);
        var run = await MeasureAsync(host.Api, ping, rate, duration);
        return webhook.Failures == 0 ? run : run with { Answered = 0 };
    }

    private static async Task<Run> BareLoopAsync(int rate, TimeSpan duration)
    {
        await using var api = await BotApiEmulator.StartAsync();
        api.State.KeepsHistory = false;
        using var stop = new CancellationTokenSource();
        var loop = Task.Run(() => ReplyLoopAsync(api, stop.Token));
        Action<EmulatedUser> ping = user => api.Users.SendText(user, "/ping");
        await WarmUpAsync(api, ping, rate);
        var run = await MeasureAsync(api, ping, rate, duration);
        await stop.CancelAsync();
        await loop;
        return run;
    }

    /// <summary>
    /// The same chats at the same rate for a while before the measured run, which is about the steady state: the chats
    /// are known, the code is compiled and the connection pool has grown to what the rate needs.
    /// </summary>
    private static async Task WarmUpAsync(BotApiEmulator api, Action<EmulatedUser> ping, int rate)
    {
        var queued = await OfferAsync(ping, rate, WarmUp);
        var offered = queued.Values.Sum(q => q.Count);
        await Eventually.That(() => api.Calls.Count(c => c.Method == "sendMessage") >= offered, TimeSpan.FromSeconds(30));
        api.ClearCalls();
    }

    /// <summary>The simplest bot Telegram.Bot allows: long polling, one reply per update, nothing else.</summary>
    private static async Task ReplyLoopAsync(BotApiEmulator api, CancellationToken ct)
    {
        using var http = new HttpClient();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl) { RetryCount = 1 }, http);
        int? offset = null;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                foreach (var update in await bot.GetUpdates(offset, 100, 1, cancellationToken: ct))
                {
                    await bot.SendMessage(update.Message!.Chat.Id, "pong", cancellationToken: ct);
                    offset = update.Id + 1;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<Run> MeasureAsync(BotApiEmulator api, Action<EmulatedUser> ping, int rate, TimeSpan duration)
    {
        var (pausedBefore, gen0Before, gen1Before, allocatedBefore) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.GetTotalAllocatedBytes());
        var queued = await OfferAsync(ping, rate, duration);
        var offered = queued.Values.Sum(q => q.Count);
        await Eventually.That(() => api.Calls.Count(c => c.Method == "sendMessage") >= offered, TimeSpan.FromSeconds(20)).ContinueWith(_ => { }, TaskScheduler.Default);
        var gc = $"{GC.CollectionCount(0) - gen0Before} GCs ({GC.CollectionCount(1) - gen1Before} of gen 1+), paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:0} ms in all, {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / Math.Max(1, offered):0} KB allocated per update";
        var replies = api.Calls.Where(c => c.Method == "sendMessage" && c.ChatId is not null).GroupBy(c => c.ChatId!.Value).ToDictionary(g => g.Key, g => g.Select(c => c.At).ToList());
        var latencies = new List<double>();
        foreach (var (chat, sent) in queued)
        {
            var answers = replies.GetValueOrDefault(chat) ?? [];
            latencies.AddRange(sent.Zip(answers, (asked, answered) => (answered - asked).TotalMilliseconds));
        }

        latencies.Sort();
        var first = queued.Values.SelectMany(q => q).Min();
        var last = replies.Values.SelectMany(r => r).DefaultIfEmpty(first).Max();
        return new Run(offered, latencies.Count, Percentile(latencies, 0.5), Percentile(latencies, 0.99), latencies.Count / Math.Max(duration.TotalSeconds, (last - first).TotalSeconds), gc);
    }

    /// <summary>Sends /ping at <paramref name="rate"/> per second, evenly, chats in turn; returns when each was sent.</summary>
    private static async Task<Dictionary<long, List<TimeSpan>>> OfferAsync(Action<EmulatedUser> ping, int rate, TimeSpan duration)
    {
        var queued = new Dictionary<long, List<TimeSpan>>();
        var total = (int)(rate * duration.TotalSeconds);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < total;)
        {
            var due = (int)Math.Min(total, Stopwatch.GetElapsedTime(start).TotalSeconds * rate + 1);
            for (; i < due; i++)
            {
                var chat = 710_000 + (i % Chats);
                var at = Stopwatch.GetElapsedTime(0);
                ping(new EmulatedUser(chat, "P" + chat));
                (queued.TryGetValue(chat, out var list) ? list : queued[chat] = []).Add(at);
            }

            await Task.Delay(1);
        }

        return queued;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private sealed record Run(int Offered, int Answered, double P50, double P99, double Throughput, string Gc)
    {
        public int Lost => Offered - Answered;
    }
}
