using Pryton.Kernel.Database;

namespace Pryton.Modules.Notifications.Application;

/// <summary>
/// What a player chose to hear (<c>notifications.preferences</c>): only non-essential kinds can be switched off —
/// announcements of new games and the early (more than an hour ahead) reminders. Everything about a game they play
/// is always sent.
/// </summary>
internal sealed class Preferences(DbSession session, TimeProvider clock)
{
    public async Task<(bool Announcements, bool EarlyReminders)> OfAsync(long userId, CancellationToken ct)
    {
        await using var command = session.Command("SELECT announcements, early_reminders FROM notifications.preferences WHERE user_id = @u");
        command.Parameters.AddWithValue("u", userId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetBoolean(0), reader.GetBoolean(1)) : (true, true);
    }

    /// <summary>Of <paramref name="userIds"/>, those who switched <paramref name="kind"/> off.</summary>
    public async Task<IReadOnlySet<long>> OptedOutAsync(IReadOnlyCollection<long> userIds, string kind, CancellationToken ct) =>
        (await session.ColumnAsync<long>($"SELECT user_id FROM notifications.preferences WHERE user_id = ANY(@u) AND NOT {Column(kind)}",
            ct, ("u", userIds.ToArray()))).ToHashSet();

    /// <returns>The kind's new state: true when it is on.</returns>
    public Task<bool> ToggleAsync(long userId, string kind, CancellationToken ct)
    {
        var column = Column(kind);
        return session.ScalarAsync<bool>($"""
            INSERT INTO notifications.preferences (user_id, announcements, early_reminders, updated_at)
            VALUES (@u, {(column == "announcements" ? "false" : "true")}, {(column == "early_reminders" ? "false" : "true")}, @now)
            ON CONFLICT (user_id) DO UPDATE SET {column} = NOT notifications.preferences.{column}, updated_at = @now
            RETURNING {column}
            """, ct, ("u", userId), ("now", clock.GetUtcNow()));
    }

    private static string Column(string kind) => kind switch
    {
        "announcements" => "announcements",
        "early" => "early_reminders",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "announcements or early"),
    };
}
