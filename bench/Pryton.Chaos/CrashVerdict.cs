using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.Chaos;

/// <summary>
/// What a crash run must leave behind, read from the database and the fake Telegram once the bot is quiet: every
/// update handled once, nothing lost, nothing sent twice beyond a kill between a send and its record, each phase
/// over at its announced instant (±2 s), the right results for everyone, and no secret in any process's output.
/// </summary>
internal static class CrashVerdict
{
    /// <summary>The Bot API methods the outbound queue uses; each accepted call is one row marked sent.</summary>
    private static readonly HashSet<string> QueuedMethods =
        ["sendMessage", "editMessageText", "editMessageReplyMarkup", "deleteMessage", "sendPhoto", "sendLocation", "sendMediaGroup", "sendDocument"];

    public static async Task<IReadOnlyList<ChaosResult>> JudgeAsync(TestDatabase db, BotApiEmulator api, CrashGame game, long gameId, int kills, IEnumerable<string> output)
    {
        await Eventually.That(async () => api.State.PendingUpdates == 0
            && await db.ScalarAsync<long>("SELECT count(*) FROM kernel.outbound WHERE status = 'pending'") == 0, TimeSpan.FromMinutes(3), "the bot catches up");
        await Task.Delay(TimeSpan.FromSeconds(2)); // a send in flight is recorded by now

        var results = new List<ChaosResult>();
        void Check(string check, bool held, string figure) => results.Add(new ChaosResult("crash", check, held, figure));

        var (handled, first, last) = (await db.ScalarAsync<long>("SELECT count(*) FROM kernel.processed_updates"),
            await db.ScalarAsync<long>("SELECT min(update_id) FROM kernel.processed_updates"), await db.ScalarAsync<long>("SELECT max(update_id) FROM kernel.processed_updates"));
        Check("updates handled", handled == last - first + 1, $"{handled} of {last - first + 1} updates handled, {last - first + 1 - handled} lost (each recorded once with its effects)");

        var lost = await db.ScalarAsync<long>("SELECT count(*) FROM kernel.outbound WHERE status <> 'sent'");
        var queued = (await db.RowsAsync<long, long>("SELECT chat_id, count(*) FROM kernel.outbound WHERE status = 'sent' GROUP BY chat_id"))
            .ToDictionary(r => r.Item1, r => r.Item2);
        var accepted = api.Calls.Where(c => c.Status == 200 && c.ChatId is not null && QueuedMethods.Contains(c.Method)).GroupBy(c => c.ChatId!.Value)
            .ToDictionary(g => g.Key, g => (long)g.Count());
        var doubled = accepted.Sum(a => Math.Max(0, a.Value - queued.GetValueOrDefault(a.Key)));
        var unseen = queued.Sum(q => Math.Max(0, q.Value - accepted.GetValueOrDefault(q.Key)));
        var notModified = await db.ScalarAsync<long>("SELECT count(*) FROM kernel.outbound WHERE status = 'sent' AND message_id IS NULL");
        Check("messages", lost == 0 && unseen <= notModified && doubled <= kills,
            $"{queued.Values.Sum()} sent, {lost} lost, {doubled} sent twice (at most one per kill between a send and its record: {kills} kills)"
            + (unseen > 0 ? $"; {unseen} recorded without an accepted call ({notModified} were edits Telegram found unchanged)" : string.Empty));

        var pingsDoubled = await db.ScalarAsync<long>($"SELECT count(*) - count(DISTINCT (user_id, latitude, longitude)) FROM geo.pings WHERE game_id = {gameId}");
        var pings = await db.ScalarAsync<long>($"SELECT count(*) FROM geo.pings WHERE game_id = {gameId}");
        Check("live locations", pingsDoubled == 0 && pings > 0, $"{pings} points stored of {game.Moves} moves (the rest outside the running game), {pingsDoubled} stored twice");

        var lateness = await db.RowsAsync<string, double>($"""
            SELECT e.kind, extract(epoch FROM e.created_at - CASE e.kind WHEN 'game_started' THEN g.starts_at
                WHEN 'search_started' THEN g.search_started_at ELSE g.ended_at END)::float8
            FROM games.game_events e JOIN games.games g ON g.id = e.game_id
            WHERE e.game_id = {gameId} AND e.kind IN ('game_started', 'search_started', 'game_completed') ORDER BY e.id
            """);
        var deadlines = await db.ScalarAsync<string>($"""
            SELECT concat_ws(' ', status, end_reason, CASE WHEN search_started_at = started_at + interval '1 minute' THEN 'yes' ELSE 'no' END,
                CASE WHEN ended_at = search_started_at + interval '2 minutes' THEN 'yes' ELSE 'no' END)
            FROM games.games WHERE id = {gameId}
            """);
        var ends = lateness.Where(l => l.Item1 != "game_started").ToList();
        var start = lateness.FirstOrDefault(l => l.Item1 == "game_started").Item2;
        Check("phase ends", ends.Count == 2 && ends.All(l => Math.Abs(l.Item2) <= 2) && deadlines == "completed time_up yes yes",
            string.Join(", ", ends.Select(l => $"{(l.Item1 == "search_started" ? "hiding ended" : "search ended")} {l.Item2:+0.00;-0.00} s")) + " from the announced instant"
            + (deadlines == "completed time_up yes yes" ? ", stored as announced" : $"; {deadlines}"));
        // The start is when the roles are handed out: a kill right at the start delays it by one restart, and the
        // deadlines announced with it count from then.
        Check("start", lateness.Any(l => l.Item1 == "game_started") && start is >= -1 and <= 5, $"{start:+0.00;-0.00} s after the scheduled instant");

        var people = game.Players.Select(p => p.User).Append(game.Organiser).ToList();
        static bool IsResults(EmulatedMessage m) => m.Text?.Contains("Игра шла", StringComparison.Ordinal) == true;
        var resultCounts = people.Select(p => p.Inbox.Count(IsResults)).ToList();
        var annaResults = game.Players[0].User.Inbox.LastOrDefault(IsResults)?.Text ?? "";
        var rightResults = annaResults.Contains("🚗 Анна — нашёл(ла) Вера через", StringComparison.Ordinal)
            && annaResults.Contains("🚗 Борис — не найден(а), победа!", StringComparison.Ordinal);
        Check("results", resultCounts.All(c => c == 1) && rightResults,
            $"{resultCounts.Count(c => c == 1)} of {people.Count} got the results once; Анна found by Вера, Борис won: {rightResults}");

        var leaks = output.Count(line => line.Contains(api.Token, StringComparison.Ordinal) || line.Contains(api.Token.Split(':')[1], StringComparison.Ordinal));
        Check("secrets in logs", leaks == 0, $"{output.Count()} log lines from {kills + 1} processes, {leaks} with the bot token");
        return results;
    }
}
