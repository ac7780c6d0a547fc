using Pryton.EndToEndTests.Games;
using Pryton.Sandbox.Emulator;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Reliability;

/// <summary>
/// Ten thousand generated updates (<see cref="UpdateFuzzer"/>) from 250 people, in rounds of one update each: after
/// every round each person who wrote in their private chat has an answer there, and every button press has its
/// toast. At the end: nothing was logged as an error, no apology was needed, the bot still answers, and the
/// database's rules hold.
/// </summary>
public sealed class FuzzTests : GameFixture
{
    private const int People = 250;
    private const int Updates = 10_000;

    [Test]
    public async Task TenThousandCarelessAndHostileUpdates_AreAllAnswered_AndBreakNothing()
    {
        await CreateGameAsync("Прятки для всех", capacity: 20);
        await CreateGameAsync("Полная игра", capacity: 2, maxDrivers: 1);
        var fuzzer = new UpdateFuzzer(Host.Api, seed: 26_11_2026);
        var people = Enumerable.Range(0, People).Select(i => new EmulatedUser(5_000_000 + i, i % 7 == 0 ? "<b>Злой</b> & Co" : "Гость " + i, null, null, i % 5 == 0 ? "en" : "ru")).ToList();
        var unanswered = new List<string>();
        var kinds = new Dictionary<string, int>();

        for (var sent = 0; sent < Updates; sent += People)
        {
            var before = people.ToDictionary(p => p.Id, p => Footprint(p.Id));
            var round = people.Select(p => (Person: p, Act: fuzzer.Act(p))).ToList();
            foreach (var (_, act) in round)
            {
                kinds[act.Kind] = kinds.GetValueOrDefault(act.Kind) + 1;
            }

            bool Answered((EmulatedUser Person, (string Kind, string? CallbackId, bool Owed) Act) r) =>
                r.Act.CallbackId is { } callback ? Host.Api.State.CallbackAnswer(callback) is not null
                : !r.Act.Owed || Blocked(r.Person.Id) || Footprint(r.Person.Id) != before[r.Person.Id];
            try
            {
                await Eventually.That(() => Host.Api.State.PendingUpdates == 0 && round.All(Answered), TimeSpan.FromSeconds(30), "the round answered");
            }
            catch (TimeoutException)
            {
                unanswered.AddRange(round.Where(r => !Answered(r)).Select(r => $"{r.Person.Id} {r.Act.Kind}: {Host.Api.State.Messages(r.Person.Id).LastOrDefault(m => !m.FromBot)}"));
                break;
            }
        }

        var probe = Host.User("Контроль");
        probe.Says("/start");
        await probe.ExpectsAsync("Это Прятон");
        TestContext.Out.WriteLine(string.Join(", ", kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}")));
        var errors = Host.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(kinds.Values.Sum(), Is.EqualTo(Updates));
            Assert.That(unanswered, Is.Empty, "every private update answered");
            Assert.That(errors, Is.Empty, "nothing failed inside the bot");
            Assert.That(people.Sum(p => Host.Api.State.Messages(p.Id).Count(m => m.Text?.StartsWith("Простите, что-то пошло не так", StringComparison.Ordinal) == true
                || m.Text?.StartsWith("Sorry, something went wrong", StringComparison.Ordinal) == true)), Is.Zero, "no update needed an apology");
            Assert.That(await Host.Database.ScalarAsync<long>("SELECT count(*) FROM kernel.processed_updates"), Is.GreaterThanOrEqualTo(Updates));
            Assert.That(await BrokenRulesAsync(), Is.Empty, "the database's rules hold");
            Assert.That(Host.Api.Calls.Count(c => c.Status == 400 && c.Method is "sendMessage" or "sendPhoto" or "sendLocation"), Is.Zero,
                "every text sent was valid Telegram HTML within the limits, whatever people wrote");
            Assert.That(Host.Logs.Lines, Has.None.Contains(Host.Api.Token.Split(':')[1]), "the token never reaches the log");
        });
    }

    /// <summary>What a person can see changing in their chat: the bot's messages and their edits.</summary>
    private (int Messages, int Edits) Footprint(long chatId)
    {
        var fromBot = Host.Api.State.Messages(chatId).Where(m => m.FromBot).ToList();
        return (fromBot.Count, fromBot.Sum(m => m.EditCount));
    }

    /// <summary>A person who blocked the bot cannot be answered (Telegram refuses with 403).</summary>
    private bool Blocked(long chatId) => Host.Api.Calls.LastOrDefault(c => c.ChatId == chatId)?.Status == 403;

    private async Task<IReadOnlyList<string>> BrokenRulesAsync()
    {
        var checks = new Dictionary<string, string>
        {
            ["a seat held beyond capacity, or a gap in a waitlist"] = """
                SELECT count(*) FROM games.games g WHERE (SELECT count(*) FROM games.game_players p WHERE p.game_id = g.id AND p.status IN ('seated', 'offered')) > g.max_participants
                    OR (SELECT coalesce(max(waitlist_position), 0) <> count(*) FROM games.game_players p WHERE p.game_id = g.id AND p.status = 'waitlisted')
                """,
            ["a player without a name, or with an unaccepted rules version"] = "SELECT count(*) FROM registration.players WHERE length(trim(display_name)) = 0 OR rules_version IS NULL",
            ["a message given up or refused by Telegram"] = "SELECT count(*) FROM kernel.outbound WHERE status = 'failed' OR (status = 'dropped' AND error NOT LIKE '%blocked%' AND error NOT LIKE '%403%')",
            ["a message still queued"] = "SELECT count(*) FROM kernel.outbound WHERE status = 'pending' AND not_before < now() - interval '1 minute'",
            ["a conversation that has expired but is kept"] = "SELECT count(*) FROM kernel.conversations WHERE expires_at < now() - interval '2 days'",
        };
        var broken = new List<string>();
        foreach (var (rule, sql) in checks)
        {
            if (await Host.Database.ScalarAsync<long>(sql) is var count and > 0)
            {
                broken.Add($"{rule}: {count}");
            }
        }

        return broken;
    }
}
