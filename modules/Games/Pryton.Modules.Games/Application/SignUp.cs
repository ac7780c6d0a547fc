using Pryton.Contracts.Games;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Events;
using Pryton.Kernel.Scheduling;
using Pryton.Kernel.Texts;
using Pryton.Modules.Games.Bot.Keyboards;
using Pryton.Modules.Games.Jobs;

namespace Pryton.Modules.Games.Application;

/// <summary>
/// Joining, leaving and seat offers as the players live them: the seat rules (<see cref="SeatAllocator"/>), the
/// events other modules follow, and the offer to the first in line with its deadline.
/// </summary>
internal sealed class SignUp(SeatAllocator seats, GameCatalog catalog, IEventBus bus, IJobScheduler jobs, IOutbound outbound)
{
    public async Task<SeatResult> JoinAsync(long gameId, long userId, CancellationToken ct)
    {
        var result = await seats.JoinAsync(gameId, userId, ct);
        if (result.Outcome is SeatOutcome.Seated or SeatOutcome.Waitlisted)
        {
            await bus.PublishAsync(new PlayerJoinedGame(gameId, userId, result.Outcome == SeatOutcome.Seated), ct);
        }

        return result;
    }

    public async Task<SeatResult> LeaveAsync(long gameId, long userId, CancellationToken ct)
    {
        var result = await seats.LeaveAsync(gameId, userId, ct);
        if (result.Outcome == SeatOutcome.Left)
        {
            await jobs.CancelAsync(OfferKey(gameId, userId), ct);
            await bus.PublishAsync(new PlayerLeftGame(gameId, userId), ct);
            await OfferAsync(gameId, result, ct);
        }

        return result;
    }

    /// <summary>An admin removed the player before the start; true when they had a place.</summary>
    public async Task<bool> RemoveAsync(long gameId, long userId, CancellationToken ct)
    {
        var result = await seats.RemoveAsync(gameId, userId, ct);
        if (result.Outcome != SeatOutcome.Left)
        {
            return false;
        }

        await jobs.CancelAsync(OfferKey(gameId, userId), ct);
        await bus.PublishAsync(new PlayerLeftGame(gameId, userId), ct);
        await OfferAsync(gameId, result, ct);
        return true;
    }

    /// <summary>Seats freed by a raised capacity go to the first in line, each with its own deadline.</summary>
    public async Task<ControlResult> OfferSeatsAsync(long gameId, IReadOnlyList<SeatResult> offers, CancellationToken ct)
    {
        foreach (var offer in offers)
        {
            await OfferAsync(gameId, offer, ct);
        }

        return ControlResult.Done;
    }

    public async Task<SeatResult> AnswerOfferAsync(long gameId, long userId, bool take, CancellationToken ct)
    {
        var result = take ? await seats.ConfirmOfferAsync(gameId, userId, ct) : await seats.ReleaseOfferAsync(gameId, userId, onlyWhenExpired: false, ct);
        await jobs.CancelAsync(OfferKey(gameId, userId), ct);
        if (result.Outcome == SeatOutcome.Seated)
        {
            await bus.PublishAsync(new PlayerJoinedGame(gameId, userId, Seated: true), ct);
        }
        else if (result.Outcome == SeatOutcome.Left)
        {
            await bus.PublishAsync(new PlayerLeftGame(gameId, userId), ct);
            await OfferAsync(gameId, result, ct);
        }

        return result;
    }

    public async Task ExpireOfferAsync(long gameId, long userId, CancellationToken ct)
    {
        var result = await seats.ReleaseOfferAsync(gameId, userId, onlyWhenExpired: true, ct);
        if (result.Outcome != SeatOutcome.Left)
        {
            return; // answered in time, or the game closed: nothing to do
        }

        if (await catalog.FindAsync(gameId, ct) is { } game)
        {
            await outbound.SendAsync(userId, OutboundMessage.Of(TextRef.Of("games.offer.expired", new { title = game.Title })), ct: ct);
        }

        await bus.PublishAsync(new PlayerLeftGame(gameId, userId), ct);
        await OfferAsync(gameId, result, ct);
    }

    private async Task OfferAsync(long gameId, SeatResult result, CancellationToken ct)
    {
        if (result is not { PromotedUserId: { } next, OfferedUntil: { } until } || await catalog.FindAsync(gameId, ct) is not { } game)
        {
            return;
        }

        await jobs.ScheduleAsync(OfferKey(gameId, next), $"games.game.{gameId}", until, new ExpireSeatOfferData(gameId, next), ct);
        // A player's private chat has the player's id.
        await outbound.SendAsync(next, OutboundMessage.Of(
            TextRef.Of("games.offer.text", new { title = game.Title, start = GameKeyboards.Short(game), minutes = game.SeatOfferMinutes }),
            GameKeyboards.Offer(gameId)), ct: ct);
    }

    private static string OfferKey(long gameId, long userId) => $"games.seat-offer.{gameId}.{userId}";
}
