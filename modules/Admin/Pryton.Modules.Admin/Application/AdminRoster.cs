using Npgsql;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Builtin;
using Pryton.Kernel.UnitOfWork;

namespace Pryton.Modules.Admin.Application;

/// <summary>
/// Who the admins are: the operator's ADMIN_USER_IDS (never revocable in the bot) and those granted in the bot
/// (<c>admin.admins</c>). Read fresh on every question, so a revocation takes effect at the very next update.
/// Inside a unit of work it reads on the unit's own connection: a second connection per unit would let a hundred
/// concurrent units (a game night's timers and organisers at one deadline) hold the whole pool and wait for each other.
/// </summary>
internal sealed class AdminRoster(BootstrapAdmins bootstrap, NpgsqlDataSource dataSource, CurrentUnitOfWork unit) : IAdminDirectory
{
    private const string GrantedSql = "SELECT user_id FROM admin.admins WHERE source = 'granted'";

    public IReadOnlyList<long> Bootstrap => bootstrap.Ids;

    public async Task<IReadOnlyList<long>> AdminIdsAsync(CancellationToken ct)
    {
        await using var command = unit.Session?.Command(GrantedSql) ?? dataSource.CreateCommand(GrantedSql);
        var ids = new List<long>(bootstrap.Ids);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids.Distinct().ToList();
    }
}
