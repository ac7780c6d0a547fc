using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;
using Pryton.Modules.Games.Data;
using Pryton.Modules.Games.Domain;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// Forget-me in Games: the player leaves every game still open for sign-up (their seat is offered on), and their
/// place in past games stays for the results under a pseudonym (the row's own negative id) instead of their Telegram id.
/// The audit log keeps its entries: it is evidence of what happened and nothing in it is ever changed.
/// </summary>
internal sealed class ForgetPlayerOnPlayerForgetRequested(GamesDbContext db, SignUp signUp, DbSession session) : IEventHandler<PlayerForgetRequested>
{
    public async Task HandleAsync(PlayerForgetRequested @event, CancellationToken ct)
    {
        var open = await db.Players.AsNoTracking()
            .Where(GamePlayer.Enrolled).Where(p => p.UserId == @event.UserId)
            .Select(p => p.GameId).ToListAsync(ct);
        foreach (var gameId in open)
        {
            await signUp.LeaveAsync(gameId, @event.UserId, ct);
        }

        await using var command = session.Command("UPDATE games.game_players SET user_id = -id WHERE user_id = @user");
        command.Parameters.AddWithValue("user", @event.UserId);
        await command.ExecuteNonQueryAsync(ct);
    }
}
