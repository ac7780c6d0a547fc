using Autofac;
using Npgsql;
using Pryton.Kernel.UnitOfWork;
using Pryton.Modules.Games.Application;
using Pryton.Testing;

namespace Pryton.IntegrationTests.Games;

/// <summary>Seats and the waitlist under concurrency, on real PostgreSQL.</summary>
public sealed class SeatAllocatorTests
{
    private TestDatabase db = null!;
    private KernelContainer kernel = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        db = await TestPostgres.CreateDatabaseAsync();
        kernel = KernelContainer.Create(db.ConnectionString, TestPostgres.Catalog.Modules);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await kernel.DisposeAsync();
        await db.DisposeAsync();
    }

    [Test]
    public async Task FiftyConcurrentJoins_ForTenSeats_SeatTenAndQueueFortyWithoutGaps()
    {
        var game = await CreateGameAsync(capacity: 10);

        var results = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => RunAsync(s => s.JoinAsync(game, 1000 + i, CancellationToken.None))));

        Assert.Multiple(async () =>
        {
            Assert.That(results.Count(r => r.Outcome == SeatOutcome.Seated), Is.EqualTo(10));
            Assert.That(results.Where(r => r.Outcome == SeatOutcome.Waitlisted).Select(r => r.Position!.Value).Order(), Is.EqualTo(Enumerable.Range(1, 40)));
            Assert.That(await db.ScalarAsync<long>($"SELECT count(*) FROM games.game_players WHERE game_id = {game} AND status = 'seated'"), Is.EqualTo(10));
            Assert.That(await db.ScalarAsync<string>($"SELECT status FROM games.games WHERE id = {game}"), Is.EqualTo("full"));
        });
    }

    [Test]
    public async Task JoiningTwice_OrLeavingAGameOneIsNotIn_ChangesNothing()
    {
        var game = await CreateGameAsync(capacity: 5);
        await RunAsync(s => s.JoinAsync(game, 1, CancellationToken.None));

        var again = await RunAsync(s => s.JoinAsync(game, 1, CancellationToken.None));
        var stranger = await RunAsync(s => s.LeaveAsync(game, 2, CancellationToken.None));

        Assert.Multiple(async () =>
        {
            Assert.That(again.Outcome, Is.EqualTo(SeatOutcome.AlreadySeated));
            Assert.That(stranger.Outcome, Is.EqualTo(SeatOutcome.NotInGame));
            Assert.That(await db.ScalarAsync<long>($"SELECT count(*) FROM games.game_players WHERE game_id = {game}"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task FreedSeat_IsOfferedToTheFirstInLine_WhoConfirms_AndTheLineMovesUp()
    {
        var game = await CreateGameAsync(capacity: 2);
        foreach (var user in new long[] { 1, 2, 3, 4 })
        {
            await RunAsync(s => s.JoinAsync(game, user, CancellationToken.None));
        }

        var leave = await RunAsync(s => s.LeaveAsync(game, 1, CancellationToken.None));
        var confirm = await RunAsync(s => s.ConfirmOfferAsync(game, 3, CancellationToken.None));

        Assert.Multiple(async () =>
        {
            Assert.That((leave.PromotedUserId, confirm.Outcome), Is.EqualTo((3L, SeatOutcome.Seated)));
            Assert.That(await db.ScalarAsync<int>($"SELECT waitlist_position FROM games.game_players WHERE game_id = {game} AND user_id = 4"), Is.EqualTo(1));
            Assert.That(await db.ScalarAsync<string>($"SELECT string_agg(user_id::text, ',' ORDER BY user_id) FROM games.game_players WHERE game_id = {game} AND status = 'seated'"), Is.EqualTo("2,3"));
        });
    }

    [Test]
    public async Task SeatOffer_NotConfirmedInTime_GoesToTheNextInLine()
    {
        var game = await CreateGameAsync(capacity: 2);
        foreach (var user in new long[] { 1, 2, 3, 4 })
        {
            await RunAsync(s => s.JoinAsync(game, user, CancellationToken.None));
        }

        var leave = await RunAsync(s => s.LeaveAsync(game, 1, CancellationToken.None));
        kernel.Clock.Advance(TimeSpan.FromMinutes(16));
        var late = await RunAsync(s => s.ConfirmOfferAsync(game, 3, CancellationToken.None));
        var expiry = await RunAsync(s => s.ReleaseOfferAsync(game, 3, onlyWhenExpired: true, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(leave.PromotedUserId, Is.EqualTo(3));
            Assert.That(late.Outcome, Is.EqualTo(SeatOutcome.OfferExpired));
            Assert.That(expiry.PromotedUserId, Is.EqualTo(4));
        });
    }

    [Test]
    public async Task AuditLog_CannotBeAltered()
    {
        var game = await CreateGameAsync(capacity: 3);
        await RunAsync(s => s.JoinAsync(game, 7, CancellationToken.None));

        var update = Assert.CatchAsync<PostgresException>(() => db.ExecuteAsync($"UPDATE games.game_events SET kind = 'forged' WHERE game_id = {game}"));
        var delete = Assert.CatchAsync<PostgresException>(() => db.ExecuteAsync($"DELETE FROM games.game_events WHERE game_id = {game}"));

        Assert.Multiple(async () =>
        {
            Assert.That(update!.MessageText, Does.Contain("append-only"));
            Assert.That(delete!.MessageText, Does.Contain("append-only"));
            Assert.That(await db.ScalarAsync<string>($"SELECT kind FROM games.game_events WHERE game_id = {game}"), Is.EqualTo("player_joined"));
        });
    }

    [Test]
    public async Task SignUp_AfterTheStart_IsClosed()
    {
        var game = await CreateGameAsync(capacity: 3, startsIn: TimeSpan.FromMinutes(-1));

        var join = await RunAsync(s => s.JoinAsync(game, 9, CancellationToken.None));

        Assert.That(join.Outcome, Is.EqualTo(SeatOutcome.Closed));
    }

    private Task<SeatResult> RunAsync(Func<SeatAllocator, Task<SeatResult>> action) =>
        kernel.Resolve<IUnitOfWork>().RunAsync("test", (scope, _) => action(scope.Resolve<SeatAllocator>()), CancellationToken.None);

    private async Task<long> CreateGameAsync(int capacity, TimeSpan? startsIn = null)
    {
        var startsAt = kernel.Clock.GetUtcNow() + (startsIn ?? TimeSpan.FromDays(1));
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO games.games (title, district_id, time_zone, starts_at, max_participants, max_drivers, min_participants,
                hiding_minutes, searching_minutes, status, created_by, created_at)
            VALUES ('Test', 1, 'Europe/Moscow', @at, @cap, 1, 2, 30, 60, 'recruiting', 1, now()) RETURNING id
            """, connection);
        command.Parameters.AddWithValue("at", startsAt);
        command.Parameters.AddWithValue("cap", capacity);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
