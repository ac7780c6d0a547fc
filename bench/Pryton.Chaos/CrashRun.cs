using System.Diagnostics;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.Chaos;

/// <summary>
/// Crash mid-game: the bot runs as its own process against the fake Bot API and is killed with SIGKILL again and
/// again while <see cref="CrashGame"/> is played — at random moments (inside updates, live-location streams, the
/// wizard) and on purpose a moment after each timer fires (the reminder fan-out, the start, both phase ends) — and
/// restarted at once. Afterwards the database and the fake Telegram are compared: <see cref="CrashVerdict"/>.
/// </summary>
internal static class CrashRun
{
    public static async Task<IReadOnlyList<ChaosResult>> RunAsync(int kills, int seed)
    {
        await using var db = await TestPostgres.CreateDatabaseAsync();
        await db.ExecuteAsync("""
            INSERT INTO geo.districts (name, is_active, created_at) VALUES ('Центр', true, now());
            INSERT INTO geo.zones (district_id, name, latitude, longitude, radius_m, is_default, is_active, created_at)
                SELECT id, 'Парк Горького', 55.7298, 37.6010, 1500, true, true, now() FROM geo.districts;
            -- Hiding ends by its timer even when both drivers hid early: the run needs every timer.
            INSERT INTO games.settings (id, value, updated_at) VALUES (1, '{"autoStartSearching": false}', now());
            """);
        await using var api = await BotApiEmulator.StartAsync();
        var environment = HostProcess.Environment(db.ConnectionString, api);
        environment["ADMIN_USER_IDS"] = CrashGame.OrganiserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["REMINDER_BEFORE_GAME"] = "1";
        // The same replica restarted: same configuration, so the same scheduler instance id.
        environment["METRICS_PORT"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var bot = new HostSupervisor(environment);
        bot.Start();
        await bot.WaitReadyAsync();

        var clock = Stopwatch.StartNew();
        var game = new CrashGame(api, db, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")) { Log = line => Console.WriteLine($"  {clock.Elapsed:mm\\:ss} {line}") };
        var targets = new List<TimeSpan>();
        using var stop = new CancellationTokenSource();
        var killer = KillAsync(bot, kills, new Random(seed), targets, clock, stop.Token);
        var playing = game.PlayAsync(startsAt =>
        {
            // A moment after each timer fires: the reminder's fan-out, the start, the end of hiding, the end of the game.
            var fromNow = startsAt - DateTimeOffset.UtcNow + clock.Elapsed;
            lock (targets)
            {
                targets.AddRange(new[] { -60.3, 0.2, 60.15, 180.25 }.Select(s => fromNow + TimeSpan.FromSeconds(s)));
            }
        });

        long gameId;
        try
        {
            gameId = await playing.WaitAsync(TimeSpan.FromMinutes(15));
            await killer.WaitAsync(TimeSpan.FromMinutes(3)); // the last kills land during the results and albums
        }
        finally
        {
            await stop.CancelAsync();
        }

        await bot.WaitReadyAsync();
        var verdict = await CrashVerdict.JudgeAsync(db, api, game, gameId, bot.Kills, bot.Output);
        Console.WriteLine($"crash: seed {seed}, {bot.Kills} kills, bot away {Describe(bot.Startups.Skip(1).ToList())} after each, {game.Moves} live-location moves sent");
        return verdict;
    }

    /// <summary>
    /// Until the game's instants are known, kills every 6–20 s; then plans the rest across the whole game: one a moment
    /// after each timer fires, the others at random instants until 20 s after the end (at least 4 s apart).
    /// </summary>
    private static async Task KillAsync(HostSupervisor bot, int kills, Random random, List<TimeSpan> targets, Stopwatch clock, CancellationToken ct)
    {
        List<(TimeSpan At, bool Timer)>? plan = null;
        while (bot.Kills < kills && !ct.IsCancellationRequested)
        {
            lock (targets)
            {
                if (plan is null && targets.Count > 0)
                {
                    plan = Plan(targets, kills - bot.Kills, clock.Elapsed, random);
                }
            }

            var now = clock.Elapsed;
            var (next, timer) = plan is null ? (now + TimeSpan.FromMilliseconds(random.Next(6000, 20000)), false) : plan[0];
            if (plan is null)
            {
                // The game's instants may become known meanwhile: look again within a second.
                await Task.Delay(Min(next - now, TimeSpan.FromSeconds(1)), ct);
                if (clock.Elapsed < next)
                {
                    continue;
                }
            }
            else
            {
                plan.RemoveAt(0);
                await Task.Delay(Max(next - now, TimeSpan.Zero), ct);
            }

            await bot.KillAndRestartAsync();
            Console.WriteLine($"  {clock.Elapsed:mm\\:ss\\.f} kill {bot.Kills}{(timer ? " (just after a timer)" : string.Empty)}");
        }
    }

    private static List<(TimeSpan At, bool Timer)> Plan(List<TimeSpan> timers, int left, TimeSpan now, Random random)
    {
        var plan = timers.Where(t => t > now + TimeSpan.FromSeconds(1)).Select(t => (At: t, Timer: true)).ToList();
        var end = timers.Max() + TimeSpan.FromSeconds(20);
        for (var attempts = 0; plan.Count < left && attempts < 10_000; attempts++)
        {
            var at = now + TimeSpan.FromMilliseconds(random.NextDouble() * (end - now).TotalMilliseconds);
            if (plan.All(p => (p.At - at).Duration() >= TimeSpan.FromSeconds(4)))
            {
                plan.Add((at, false));
            }
        }

        return [.. plan.OrderBy(p => p.At).Take(left)];
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Describe(List<TimeSpan> startups) => startups.Count == 0 ? "—"
        : $"{startups.Min().TotalSeconds:0.0}–{startups.Max().TotalSeconds:0.0} s (median {startups.Order().ElementAt(startups.Count / 2).TotalSeconds:0.0} s)";
}
