using System.Diagnostics;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;
using Telegram.Bot;

namespace Pryton.Bench;

/// <summary>
/// Updates per second through the whole pipeline (long polling, dedupe, routing, a no-op handler, commit), next to a
/// bare Telegram.Bot receive→reply loop against the same emulator in the same run.
/// </summary>
internal static class IntakeBenchmark
{
    public static async Task<BenchResult> RunAsync(int updates, int chats)
    {
        var bare = await BareLoopAsync(updates, chats);
        var pipeline = await PipelineAsync(updates, chats);
        return new BenchResult("intake", $"pipeline {pipeline:0} upd/s vs bare Telegram.Bot loop {bare:0} upd/s ({updates} updates, {chats} chats)",
            pipeline / bare, Target: null);
    }

    private static async Task<double> PipelineAsync(int updates, int chats)
    {
        await using var host = await BotTestHost.StartAsync(extraModules: [BenchModule.Descriptor]);
        await host.StopAppAsync();
        Enqueue(host.Api, updates, chats);

        var watch = Stopwatch.StartNew();
        await host.StartAppAsync();
        await Eventually.That(async () => await host.Database.ScalarAsync<long>("SELECT count(*) FROM kernel.processed_updates") >= updates,
            TimeSpan.FromMinutes(3));
        return updates / watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> BareLoopAsync(int updates, int chats)
    {
        await using var api = await BotApiEmulator.StartAsync();
        Enqueue(api, updates, chats);
        using var http = new HttpClient();
        var bot = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl) { RetryCount = 1 }, http);
        var watch = Stopwatch.StartNew();
        int? offset = null;
        var handled = 0;
        while (handled < updates && watch.Elapsed < TimeSpan.FromMinutes(3))
        {
            foreach (var update in await bot.GetUpdates(offset, 100, 0))
            {
                await bot.SendMessage(update.Message!.Chat.Id, "ok");
                offset = update.Id + 1;
                handled++;
            }
        }

        return handled / watch.Elapsed.TotalSeconds;
    }

    private static void Enqueue(BotApiEmulator api, int updates, int chats)
    {
        for (var i = 0; i < updates; i++)
        {
            api.Users.SendText(new EmulatedUser(900_000 + (i % chats), $"P{i % chats}"), "/noop");
        }
    }
}
