using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Pryton.Kernel.Bot.Intake;

/// <summary>Who an update comes from and which chat it belongs to (the ordering key).</summary>
internal sealed record UpdateSource(long ChatId, long UserId, ChatKind ChatKind, string? Username, string? LanguageCode)
{
    public static UpdateSource? Of(Update update)
    {
        var message = update.Message ?? update.EditedMessage;
        var chat = message?.Chat ?? update.CallbackQuery?.Message?.Chat ?? update.MyChatMember?.Chat;
        var user = message?.From ?? update.CallbackQuery?.From ?? update.MyChatMember?.From;
        if (user is null)
        {
            return null; // channel posts, inline queries and the like: nothing to answer
        }

        var kind = chat?.Type switch
        {
            null or ChatType.Private => ChatKind.Private,
            ChatType.Channel => ChatKind.Channel,
            _ => ChatKind.Group,
        };
        return new UpdateSource(chat?.Id ?? user.Id, user.Id, kind, user.Username, user.LanguageCode);
    }
}
