using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pryton.Kernel.Bot.Routing;
using Pryton.Kernel.Texts;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Pryton.Kernel.Bot;

/// <summary>
/// Publishes the command menus: players see player commands in their language; each admin's chat also sees the
/// admin commands. A command is listed when its module has a text <c>&lt;module&gt;.command.&lt;name&gt;</c>;
/// commands without one stay usable but unlisted. Call <see cref="PublishAsync"/> again when admins change.
/// </summary>
internal sealed class CommandMenus(
    RouteTable routes, TextCatalog texts, BotClients clients, IAdminDirectory admins, NpgsqlDataSource dataSource, ILogger<CommandMenus> logger)
    : BackgroundService, ICommandMenus
{
    private bool unsupportedLogged;

    public async Task PublishAsync(CancellationToken ct)
    {
        try
        {
            // Telegram shows the list of the user's client language; anyone not on a Russian client reads English.
            await clients.Sender.SetMyCommands(Menu(Language.English, admin: false), new BotCommandScopeAllPrivateChats(), cancellationToken: ct);
            await clients.Sender.SetMyCommands(Menu(Language.Russian, admin: false), new BotCommandScopeAllPrivateChats(), Language.Russian, ct);
            foreach (var (adminId, language) in await AdminLanguagesAsync(ct))
            {
                await clients.Sender.SetMyCommands(Menu(language, admin: true), new BotCommandScopeChat { ChatId = adminId }, cancellationToken: ct);
            }
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 404 or 400)
        {
            if (!unsupportedLogged)
            {
                unsupportedLogged = true;
                logger.LogWarning("The Bot API server refused setMyCommands ({Reason}); menus are not shown", ex.Message);
            }
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or NpgsqlException)
        {
            logger.LogWarning(ex, "Command menus could not be published now");
        }
    }

    public async Task WithdrawAsync(long chatId, CancellationToken ct)
    {
        try
        {
            await clients.Sender.DeleteMyCommands(new BotCommandScopeChat { ChatId = chatId }, cancellationToken: ct);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException)
        {
            logger.LogWarning(ex, "The admin commands could not be withdrawn from a chat now");
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => PublishAsync(stoppingToken);

    internal IReadOnlyList<BotCommand> Menu(string language, bool admin) =>
        routes.Commands
            .Where(r => admin || r.Audience != Audience.Admin)
            .Select(r => (Route: r, Key: $"{r.Module}.command.{r.Name}"))
            .Where(c => texts.Has(c.Key))
            .OrderBy(c => c.Route.Audience == Audience.Admin)
            .ThenBy(c => c.Route.Module == "kernel")
            .ThenBy(c => c.Route.Name, StringComparer.Ordinal)
            .Select(c => new BotCommand { Command = c.Route.Name, Description = texts.Render(c.Key, language) })
            .Take(100)
            .ToList();

    private async Task<IReadOnlyList<(long Id, string Language)>> AdminLanguagesAsync(CancellationToken ct)
    {
        var ids = await admins.AdminIdsAsync(ct);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand("SELECT chat_id, language FROM kernel.chats WHERE chat_id = ANY(@ids)");
        command.Parameters.AddWithValue("ids", ids.ToArray());
        var known = new Dictionary<long, string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            known[reader.GetInt64(0)] = reader.GetString(1);
        }

        return ids.Select(id => (id, known.GetValueOrDefault(id, Language.Russian))).ToList();
    }
}
