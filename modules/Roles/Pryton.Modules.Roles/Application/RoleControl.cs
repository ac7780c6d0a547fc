using Pryton.Contracts.Games;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Roles.Application;

/// <summary>
/// Manual roles (GAME-RULES §5): only before the start, only for seated players, never more drivers than the game
/// allows. Each change is locked against the draw, announced as <see cref="RoleChanged"/>, and told to the player
/// when the settings say so.
/// </summary>
internal sealed class RoleControl(
    DbSession session, IGameQueries games, RoleBook book, RoleNames names, RoleNotices notices, IEventBus bus, TimeProvider clock) : IRoleControl
{
    public async Task<RoleChangeResult> SetAsync(long gameId, long userId, GameRole? role, long adminId, CancellationToken ct)
    {
        if (await CheckAsync(gameId, [userId], ct) is { } refusal)
        {
            return refusal;
        }

        if (role is null)
        {
            await session.ExecuteAsync("DELETE FROM roles.assignments WHERE game_id = @g AND user_id = @u", ct, ("g", gameId), ("u", userId));
            return RoleChangeResult.Done;
        }

        if (role == GameRole.Driver && await LockedDriversAsync(gameId, userId, ct) >= (await games.FindAsync(gameId, ct))!.MaxDrivers)
        {
            return RoleChangeResult.TooManyDrivers;
        }

        await LockAsync(gameId, userId, role.Value, adminId, ct);
        return RoleChangeResult.Done;
    }

    public async Task<RoleChangeResult> SwapAsync(long gameId, long firstUserId, long secondUserId, long adminId, CancellationToken ct)
    {
        if (await CheckAsync(gameId, [firstUserId, secondUserId], ct) is { } refusal)
        {
            return refusal;
        }

        var roles = await book.RolesAsync(gameId, ct);
        var first = roles.GetValueOrDefault(firstUserId, GameRole.Seeker);
        var second = roles.GetValueOrDefault(secondUserId, GameRole.Seeker);
        await LockAsync(gameId, firstUserId, second, adminId, ct);
        await LockAsync(gameId, secondUserId, first, adminId, ct);
        return RoleChangeResult.Done;
    }

    public Task<bool> RenameAsync(GameRole role, string language, string displayName, long adminId, CancellationToken ct) =>
        names.RenameAsync(role, language, displayName, ct);

    private async Task<RoleChangeResult?> CheckAsync(long gameId, long[] userIds, CancellationToken ct)
    {
        if (await games.FindAsync(gameId, ct) is not { } game)
        {
            return RoleChangeResult.NoSuchGame;
        }

        if (game.Stage is not (GameStage.Recruiting or GameStage.Full))
        {
            return RoleChangeResult.GameStarted;
        }

        var seated = (await games.ParticipantsAsync(gameId, ct)).Select(p => p.UserId).ToHashSet();
        return userIds.All(seated.Contains) ? null : RoleChangeResult.NotSeated;
    }

    private Task<long> LockedDriversAsync(long gameId, long except, CancellationToken ct) => session.ScalarAsync<long>(
        "SELECT count(*) FROM roles.assignments WHERE game_id = @g AND locked AND role = 'driver' AND user_id <> @u", ct, ("g", gameId), ("u", except));

    private async Task LockAsync(long gameId, long userId, GameRole role, long adminId, CancellationToken ct)
    {
        await session.ExecuteAsync("""
            INSERT INTO roles.assignments (game_id, user_id, role, source, locked, assigned_by, assigned_at) VALUES (@g, @u, @role, 'manual', true, @admin, @now)
            ON CONFLICT (game_id, user_id) DO UPDATE SET role = EXCLUDED.role, source = 'manual', locked = true,
                assigned_by = EXCLUDED.assigned_by, assigned_at = EXCLUDED.assigned_at
            """, ct, ("g", gameId), ("u", userId), ("role", RoleBook.Name(role)), ("admin", adminId), ("now", clock.GetUtcNow()));
        await bus.PublishAsync(new RoleChanged(gameId, userId, role, "manual"), ct);
        await notices.ManualAsync(gameId, userId, role, ct);
    }
}
