using Autofac;
using Pryton.Contracts.Games;
using Pryton.EndToEndTests.Games;
using Pryton.Modules.Games.Application;
using Pryton.Modules.Photos.Application;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Reliability;

/// <summary>
/// Races that happen on a real evening, each run a hundred times against the real database: fifty people joining
/// ten seats at once; players leaving while the line moves up; a timer and an organiser ending a phase at the same
/// instant; two organisers approving the same find. Each run's invariants are checked by SQL afterwards.
/// </summary>
public sealed class ConcurrencyTests : GameFixture
{
    private const long SecondAdminId = 4343;
    private const int Repetitions = 100;
    private long nextUserId = 3_000_000;

    protected override IReadOnlyList<long> AdminIds => [AdminId, SecondAdminId];

    [Test]
    public async Task FiftyJoinsForTenSeats_AHundredTimes_SeatTenAndLineUpForty()
    {
        var people = await PlayersAsync(50);
        var games = await GamesAsync(Repetitions, capacity: 10, "recruiting", startsIn: TimeSpan.FromDays(1));

        foreach (var pair in games.Chunk(2))
        {
            await Task.WhenAll(pair.SelectMany(game => people.Select(person => InBotAsync(s => s.Resolve<SignUp>().JoinAsync(game, person, CancellationToken.None)))));
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await SeatRulesBrokenAsync(games), Is.Empty);
            Assert.That(await CountAsync($"games.games WHERE id = ANY({Ids(games)}) AND status = 'full'"), Is.EqualTo(Repetitions));
            Assert.That(await CountAsync($"games.game_players WHERE game_id = ANY({Ids(games)}) AND status = 'seated'"), Is.EqualTo(10 * Repetitions));
            Assert.That(await CountAsync($"games.game_players WHERE game_id = ANY({Ids(games)}) AND status = 'waitlisted'"), Is.EqualTo(40 * Repetitions));
        });
    }

    [Test]
    public async Task TwoLeavingWhileTheFirstInLineLeaves_AHundredTimes_OfferTheSeatsToTheRestInOrder()
    {
        var games = await GamesAsync(Repetitions, capacity: 2, "full", startsIn: TimeSpan.FromDays(1));
        var line = new Dictionary<long, long[]>();
        foreach (var game in games)
        {
            var people = await PlayersAsync(5);
            line[game] = people;
            await Host.Database.ExecuteAsync($"""
                INSERT INTO games.game_players (game_id, user_id, status, waitlist_position, joined_at, updated_at) VALUES
                    ({game}, {people[0]}, 'seated', NULL, now(), now()), ({game}, {people[1]}, 'seated', NULL, now(), now()),
                    ({game}, {people[2]}, 'waitlisted', 1, now(), now()), ({game}, {people[3]}, 'waitlisted', 2, now(), now()),
                    ({game}, {people[4]}, 'waitlisted', 3, now(), now());
                """);
        }

        foreach (var batch in games.Chunk(10))
        {
            await Task.WhenAll(batch.SelectMany(game => line[game].Take(3).Select(person => InBotAsync(s => s.Resolve<SignUp>().LeaveAsync(game, person, CancellationToken.None)))));
        }

        var offers = (await Host.Database.RowsAsync<long, string>($"""
            SELECT game_id, string_agg(user_id::text, ',' ORDER BY user_id) FROM games.game_players
            WHERE game_id = ANY({Ids(games)}) AND status = 'offered' GROUP BY game_id
            """)).ToDictionary(r => r.Item1, r => r.Item2);
        var offeredToTheLastTwo = games.Count(game => offers.GetValueOrDefault(game) == $"{line[game][3]},{line[game][4]}");
        Assert.Multiple(async () =>
        {
            Assert.That(await SeatRulesBrokenAsync(games), Is.Empty);
            Assert.That(offeredToTheLastTwo, Is.EqualTo(Repetitions), "the two still in line hold the two seats as offers");
            Assert.That(await CountAsync($"games.game_players WHERE game_id = ANY({Ids(games)}) AND status = 'left'"), Is.EqualTo(3 * Repetitions));
        });
    }

    [Test]
    public async Task TimerAndOrganiserEndingEachPhaseTogether_AHundredGames_EndItOnce()
    {
        var games = await GamesAsync(Repetitions, capacity: 2, "full", startsIn: TimeSpan.FromMinutes(-1));
        var players = new List<long>();
        foreach (var game in games)
        {
            var (driver, seeker) = (await DriverAsync(), (await PlayersAsync(1))[0]);
            players.AddRange([driver, seeker]);
            await Host.Database.ExecuteAsync($"""
                INSERT INTO games.game_players (game_id, user_id, status, joined_at, updated_at) VALUES ({game}, {driver}, 'seated', now(), now()), ({game}, {seeker}, 'seated', now(), now());
                """);
        }

        foreach (var batch in games.Chunk(10))
        {
            await Task.WhenAll(batch.Select(game => ControlAsync(c => c.StartNowAsync(game, AdminId, CancellationToken.None))));
        }

        await RaceTheTimersAsync(games, "searching_phase", game => ControlAsync(c => c.StartSearchNowAsync(game, SecondAdminId, CancellationToken.None)));
        await RaceTheTimersAsync(games, "completed", game => ControlAsync(c => c.EndNowAsync(game, SecondAdminId, CancellationToken.None)));
        await Eventually.That(async () => await CountAsync("kernel.outbound WHERE status = 'pending'") == 0, TimeSpan.FromSeconds(60), "every message out");

        Assert.Multiple(async () =>
        {
            Assert.That(await CountAsync($"games.game_events WHERE game_id = ANY({Ids(games)}) AND kind = 'search_started'"), Is.EqualTo(Repetitions), "one search start each");
            Assert.That(await CountAsync($"games.game_events WHERE game_id = ANY({Ids(games)}) AND kind = 'game_completed'"), Is.EqualTo(Repetitions), "one end each");
            var results = players.Select(p => Host.Api.State.Messages(p).Count(m => m.Text?.Contains("Игра шла", StringComparison.Ordinal) == true)).ToList();
            Assert.That(results, Has.All.EqualTo(1), "one set of results per player: " + string.Join(", ", results.CountBy(r => r).Select(c => $"{c.Value} players got {c.Key}")));
        });
    }

    [Test]
    public async Task TwoOrganisersApprovingTheSameFind_AHundredTimes_CountItOnce()
    {
        // Two games of 51 drivers and a seeker; 50 finds in each are approved by both organisers at once.
        const int DriversPerGame = 51;
        var claims = new List<(long Game, long Claim)>();
        var games = new List<long>();
        for (var g = 0; g < 2; g++)
        {
            var drivers = new List<long>();
            for (var i = 0; i < DriversPerGame; i++)
            {
                drivers.Add(await DriverAsync());
            }

            var seeker = (await PlayersAsync(1))[0];
            var game = (await GamesAsync(1, capacity: DriversPerGame + 1, "full", startsIn: TimeSpan.FromMinutes(-1), maxDrivers: DriversPerGame))[0];
            games.Add(game);
            await Host.Database.ExecuteAsync($"""
                INSERT INTO games.game_players (game_id, user_id, status, joined_at, updated_at)
                    SELECT {game}, u, 'seated', now(), now() FROM unnest(ARRAY[{string.Join(",", drivers.Append(seeker))}]::bigint[]) u;
                """);
            Assert.That((await ControlAsync(c => c.StartNowAsync(game, AdminId, CancellationToken.None))).Succeeded);
            Assert.That(await CountAsync($"games.game_players WHERE game_id = {game} AND hid_as_driver"), Is.EqualTo(DriversPerGame), "every willing driver drives");
            foreach (var driver in drivers)
            {
                await InBotAsync(s => s.Resolve<IGameProgress>().DriverHidAsync(game, driver, CancellationToken.None));
            }

            // Everyone hid: the search starts by itself (or by this organiser, whichever is first).
            await ControlAsync(c => c.StartSearchNowAsync(game, AdminId, CancellationToken.None));
            Assert.That(await StatusAsync(game), Is.EqualTo("searching_phase"));
            foreach (var driver in drivers.Take(DriversPerGame - 1)) // the last one stays hidden, so the game goes on
            {
                Assert.That(await InBotAsync(s => s.Resolve<FoundClaims>().SubmitAsync(seeker, driver, $"find-{driver}", $"u-{driver}", CancellationToken.None)), Is.EqualTo(ClaimOutcome.Submitted));
                claims.Add((game, await Host.Database.ScalarAsync<long>($"SELECT max(id) FROM photos.photos WHERE claimed_driver_id = {driver}")));
            }
        }

        var decisions = new List<(bool Decided, long? DecidedBy)[]>();
        foreach (var batch in claims.Chunk(20))
        {
            decisions.AddRange(await Task.WhenAll(batch.Select(c => Task.WhenAll(new[] { AdminId, SecondAdminId }.Select(admin =>
                InBotAsync(s => s.Resolve<FoundClaims>().AdminDecidesAsync(c.Claim, admin, approve: true, null, CancellationToken.None)))))));
        }

        Assert.Multiple(async () =>
        {
            Assert.That(claims, Has.Count.EqualTo(Repetitions));
            Assert.That(decisions.Select(pair => pair.Count(d => d.Decided)), Has.All.EqualTo(1), "one organiser decides each claim");
            Assert.That(decisions.Select(pair => pair.Select(d => d.DecidedBy).Distinct().Count()), Has.All.EqualTo(1), "both learn who it was");
            Assert.That(await CountAsync($"games.game_events WHERE game_id = ANY({Ids(games)}) AND kind = 'driver_found'"), Is.EqualTo(Repetitions), "each find counted once");
            Assert.That(await CountAsync($"games.game_players WHERE game_id = ANY({Ids(games)}) AND found_by IS NOT NULL"), Is.EqualTo(Repetitions));
            Assert.That(await CountAsync($"games.games WHERE id = ANY({Ids(games)}) AND status = 'searching_phase'"), Is.EqualTo(2));
        });
    }

    /// <summary>Moves the clock to the games' shared deadline and lets an organiser act on every game at that instant.</summary>
    private async Task RaceTheTimersAsync(IReadOnlyList<long> games, string status, Func<long, Task<ControlResult>> organiser)
    {
        var deadline = await PhaseEndsAtAsync(games[0]);
        Host.Clock.Advance(deadline.AddMilliseconds(1) - Host.Clock.GetUtcNow());
        var acting = Task.WhenAll(games.Select(organiser));
        await Eventually.That(async () =>
        {
            Host.Clock.Advance(TimeSpan.FromMilliseconds(100)); // the scheduler's idle wait runs on the fake clock
            return await CountAsync($"games.games WHERE id = ANY({Ids(games)}) AND status = '{status}'") == games.Count;
        }, TimeSpan.FromSeconds(60), $"every game {status}");
        var results = await acting;
        Assert.That(results.Select(r => r.Succeeded || r.Refusal == ControlRefusal.WrongStage), Has.All.True);
    }

    /// <summary>Games whose seats break a rule: more holders than seats, a line with gaps, or a free seat while someone waits.</summary>
    private async Task<IReadOnlyList<long>> SeatRulesBrokenAsync(IReadOnlyList<long> games)
    {
        var broken = await Host.Database.ScalarAsync<string>($"""
            SELECT coalesce(string_agg(g.id::text, ','), '') FROM games.games g
            CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE status IN ('seated', 'offered')) AS holding, count(*) FILTER (WHERE status = 'waitlisted') AS waiting,
                coalesce(array_agg(waitlist_position ORDER BY waitlist_position) FILTER (WHERE status = 'waitlisted'), '{"{}"}') AS positions
                FROM games.game_players p WHERE p.game_id = g.id) s
            WHERE g.id = ANY({Ids(games)}) AND (s.holding > g.max_participants
                OR s.positions <> coalesce((SELECT array_agg(i ORDER BY i) FROM generate_series(1, s.waiting::int) i), '{"{}"}')
                OR (s.holding < g.max_participants AND s.waiting > 0))
            """);
        return [.. broken.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse)];
    }

    private async Task<long[]> PlayersAsync(int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Interlocked.Increment(ref nextUserId)).ToArray();
        await Host.Database.ExecuteAsync($"""
            INSERT INTO registration.players (user_id, chat_id, display_name, preferred_role, rules_version, rules_accepted_at, registered_at, updated_at)
                SELECT u, u, 'P' || u, 'seeker', 1, now(), now(), now() FROM unnest(ARRAY[{string.Join(",", ids)}]::bigint[]) u;
            """);
        return ids;
    }

    private async Task<long> DriverAsync()
    {
        var id = Interlocked.Increment(ref nextUserId);
        await Host.Database.ExecuteAsync($"""
            INSERT INTO registration.players (user_id, chat_id, display_name, preferred_role, car_brand, car_colour, car_plate, rules_version, rules_accepted_at, registered_at, updated_at)
                VALUES ({id}, {id}, 'D{id}', 'driver', 'Lada', 'red', 'A{id % 1000:000}AA77', 1, now(), now(), now());
            """);
        return id;
    }

    private async Task<long[]> GamesAsync(int count, int capacity, string status, TimeSpan startsIn, int maxDrivers = 1)
    {
        var startsAt = Host.Clock.GetUtcNow() + startsIn;
        var ids = await Host.Database.ScalarAsync<string>($"""
            WITH made AS (INSERT INTO games.games (title, district_id, time_zone, starts_at, max_participants, max_drivers, min_participants, hiding_minutes, searching_minutes, status, created_by, created_at)
                SELECT 'Гонка ' || i, {CentreId}, 'Europe/Moscow', '{startsAt:O}', {capacity}, {maxDrivers}, 2, 30, 60, '{status}', {AdminId}, now() FROM generate_series(1, {count}) i RETURNING id)
            SELECT string_agg(id::text, ',' ORDER BY id) FROM made
            """);
        return [.. ids.Split(',').Select(long.Parse)];
    }

    private static string Ids(IEnumerable<long> ids) => $"ARRAY[{string.Join(",", ids)}]::bigint[]";

    private Task<long> CountAsync(string from) => Host.Database.ScalarAsync<long>($"SELECT count(*) FROM {from}");
}
