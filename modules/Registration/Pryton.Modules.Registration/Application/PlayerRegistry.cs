using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Events;
using Pryton.Modules.Registration.Domain;

namespace Pryton.Modules.Registration.Application;

/// <summary>Registers, changes and forgets players, publishing what other modules need to know.</summary>
internal sealed class PlayerRegistry(Data.RegistrationDbContext db, IEventBus bus, TimeProvider clock)
{
    public Task<Player?> FindAsync(long userId, CancellationToken ct) => db.Players.FirstOrDefaultAsync(p => p.UserId == userId, ct);

    public async Task<Player> RegisterAsync(Player player, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(player);
        if (await FindAsync(player.UserId, ct) is { } existing)
        {
            return existing; // a repeated completion (two devices, a double tap): the first registration stands
        }

        player.RegisteredAt = player.UpdatedAt = clock.GetUtcNow();
        db.Players.Add(player);
        await db.SaveChangesAsync(ct); // in this update's transaction: the menu built next already sees the player
        await bus.PublishAsync(new PlayerRegistered(player.UserId, player.DistrictId, player.PreferredRole), ct);
        return player;
    }

    public async Task ChangedAsync(Player player, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(player);
        player.UpdatedAt = clock.GetUtcNow();
        await bus.PublishAsync(new PlayerProfileChanged(player.UserId, field), ct);
    }

    public async Task AcceptRulesAsync(Player player, int version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(player);
        player.RulesVersion = version;
        player.RulesAcceptedAt = clock.GetUtcNow();
        await ChangedAsync(player, "rules", ct);
    }

    /// <summary>Deletes the profile and asks every module to forget the player too.</summary>
    public async Task ForgetAsync(Player player, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(player);
        db.Players.Remove(player);
        await bus.PublishAsync(new PlayerForgetRequested(player.UserId), ct);
    }
}
