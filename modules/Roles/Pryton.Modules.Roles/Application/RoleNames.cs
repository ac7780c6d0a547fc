using Pryton.Contracts.Roles;
using Pryton.Kernel.Database;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Roles.Application;

/// <summary>Role names as players read them, per language (<c>roles.role_names</c>; admins rename them).</summary>
internal sealed class RoleNames(DbSession session, TimeProvider clock)
{
    public const int MaxLength = 32;

    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(GameRole role, CancellationToken ct)
    {
        await using var command = session.Command("SELECT language, display_name FROM roles.role_names WHERE role = @role");
        command.Parameters.AddWithValue("role", RoleBook.Name(role));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new Dictionary<string, string>();
        while (await reader.ReadAsync(ct))
        {
            names[reader.GetString(0)] = reader.GetString(1);
        }

        return names;
    }

    /// <summary>The name in each reader's language, for a text argument.</summary>
    public async Task<Localized> OfAsync(GameRole role, CancellationToken ct) => new(await DisplayNamesAsync(role, ct));

    public async Task<bool> RenameAsync(GameRole role, string language, string displayName, CancellationToken ct)
    {
        var name = displayName?.Trim() ?? string.Empty;
        if (name.Length is < 1 or > MaxLength || !Language.All.Contains(language))
        {
            return false;
        }

        await session.ExecuteAsync("""
            INSERT INTO roles.role_names (role, language, display_name, updated_at) VALUES (@role, @language, @name, @now)
            ON CONFLICT (role, language) DO UPDATE SET display_name = EXCLUDED.display_name, updated_at = EXCLUDED.updated_at
            """, ct, ("role", RoleBook.Name(role)), ("language", language), ("name", name), ("now", clock.GetUtcNow()));
        return true;
    }
}
