using Pryton.Kernel.Database;

namespace Pryton.Kernel.Bot.Intake;

internal sealed class ChatDirectory(DbSession session) : IChatDirectory
{
    public async Task<IReadOnlyDictionary<long, string>> LanguagesAsync(IReadOnlyCollection<long> chatIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chatIds);
        await using var command = session.Command("SELECT chat_id, language FROM kernel.chats WHERE chat_id = ANY(@ids)");
        command.Parameters.AddWithValue("ids", chatIds.ToArray());
        var languages = new Dictionary<long, string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            languages[reader.GetInt64(0)] = reader.GetString(1);
        }

        return languages;
    }
}
