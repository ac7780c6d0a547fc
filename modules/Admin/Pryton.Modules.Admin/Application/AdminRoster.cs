using Npgsql;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Builtin;

namespace Pryton.Modules.Admin.Application;

/// <summary>
/// Who the admins are: the operator's ADMIN_USER_IDS (never revocable in the bot) and those granted in the bot
/// (<c>admin.admins</c>). Read fresh on every question, so a revocation takes effect at the very next update.
/// </summary>
internal sealed class AdminRoster(BootstrapAdmins bootstrap, NpgsqlDataSource dataSource) : IAdminDirectory
{
    public IReadOnlyList<long> Bootstrap => bootstrap.Ids;

    public async Task<IReadOnlyList<long>> AdminIdsAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT user_id FROM admin.admins WHERE source = 'granted'");
        var ids = new List<long>(bootstrap.Ids);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids.Distinct().ToList();
    }
}
