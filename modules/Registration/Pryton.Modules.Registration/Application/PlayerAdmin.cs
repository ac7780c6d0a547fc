using Microsoft.EntityFrameworkCore;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Events;
using Pryton.Modules.Registration.Data;

namespace Pryton.Modules.Registration.Application;

internal sealed class PlayerAdmin(RegistrationDbContext db, IChatDirectory chats, IEventBus bus, TimeProvider clock) : IPlayerAdmin
{
    public async Task<IReadOnlyList<PlayerSummary>> SearchAsync(string query, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = query.Trim().TrimStart('@');
        var digits = new string(text.Where(char.IsDigit).ToArray());
        var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var id = long.TryParse(text, out var typedId) ? typedId : -1; // no Telegram id is negative for a person
        var players = await db.Players.AsNoTracking()
            .Where(p => p.UserId == id || EF.Functions.ILike(p.DisplayName, pattern) || (p.Username != null && EF.Functions.ILike(p.Username, pattern))
                || (digits.Length >= 4 && p.Phone != null && p.Phone.Contains(digits)))
            .OrderBy(p => p.UserId == id ? 0 : 1).ThenBy(p => p.DisplayName).Take(take).ToListAsync(ct);
        var languages = await chats.LanguagesAsync(players.Select(p => p.ChatId).ToList(), ct);
        return players.Select(p => p.ToSummary(languages.GetValueOrDefault(p.ChatId, "ru"))).ToList();
    }

    public async Task<bool> SetBannedAsync(long userId, bool banned, long adminId, CancellationToken ct)
    {
        if (!banned)
        {
            return await db.Players.Where(p => p.UserId == userId && p.BannedAt != null)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.BannedAt, (DateTimeOffset?)null).SetProperty(x => x.BannedBy, (long?)null), ct) == 1;
        }

        if (await db.Players.Where(p => p.UserId == userId && p.BannedAt == null)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.BannedAt, clock.GetUtcNow()).SetProperty(x => x.BannedBy, adminId), ct) != 1)
        {
            return false;
        }

        await bus.PublishAsync(new PlayerBanned(userId, adminId), ct);
        return true;
    }
}
