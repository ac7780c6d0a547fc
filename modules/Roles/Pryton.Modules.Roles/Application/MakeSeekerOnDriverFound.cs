using Pryton.Contracts.Games;
using Pryton.Contracts.Registration;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Roles.Application;

/// <summary>
/// "A found driver becomes a seeker" (a game's mode): the driver joins the hunt at once, with seeker instructions
/// and the cars still hidden. The game's record still counts them among its drivers.
/// </summary>
internal sealed class MakeSeekerOnDriverFound(
    DbSession session, IGameQueries games, IPlayerDirectory players, RoleNames names, IEventBus bus, IOutbound outbound, IContextMenu menu, TimeProvider clock)
    : IEventHandler<DriverFound>
{
    public async Task HandleAsync(DriverFound @event, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (!@event.BecomesSeeker || await games.FindAsync(@event.GameId, ct) is not { Stage: GameStage.Searching } game)
        {
            return;
        }

        var changed = await session.ExecuteAsync("""
            UPDATE roles.assignments SET role = 'seeker', source = 'found_driver', assigned_at = @now
            WHERE game_id = @g AND user_id = @u AND role = 'driver'
            """, ct, ("g", @event.GameId), ("u", @event.DriverId), ("now", clock.GetUtcNow()));
        if (changed == 0)
        {
            return; // already a seeker: this event was handled before
        }

        await bus.PublishAsync(new RoleChanged(@event.GameId, @event.DriverId, GameRole.Seeker, "found_driver"), ct);
        var hidden = (await games.ParticipantsAsync(@event.GameId, ct)).Where(p => p.HidAsDriver && p.FoundAt is null).Select(p => p.UserId).ToList();
        var profiles = await players.FindManyAsync(hidden, ct);
        var cars = string.Join("\n", profiles.Select(p => "• " + p.NameWithCar));
        var deadline = game.PhaseEndsAt is { } endsAt ? game.Local(endsAt).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";
        var role = await names.OfAsync(GameRole.Seeker, ct);
        await outbound.SendAsync(@event.DriverId, OutboundMessage.Of(TextRef.Of("roles.found.now-seeker", new { title = game.Title, role, deadline, cars })), ct: ct);
        await menu.RefreshAsync(@event.DriverId, ct); // now with the seeker's buttons
    }
}
