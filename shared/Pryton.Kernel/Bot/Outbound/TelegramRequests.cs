using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>Turns a stored message into the Bot API call that sends it; returns the new message's id.</summary>
internal static class TelegramRequests
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public static async Task<int?> SendAsync(ITelegramBotClient bot, long chatId, StoredMessage message, int? targetMessageId, CancellationToken ct)
    {
        switch (message.Kind)
        {
            case OutboundKind.Text:
                return (await bot.SendMessage(chatId, message.Text!, ParseMode.Html, replyMarkup: Markup(message.Keyboard),
                    linkPreviewOptions: NoPreview, cancellationToken: ct)).Id;
            case OutboundKind.EditText:
                return (await bot.EditMessageText(chatId, targetMessageId!.Value, message.Text!, ParseMode.Html,
                    replyMarkup: Markup(message.Keyboard) as InlineKeyboardMarkup, linkPreviewOptions: NoPreview, cancellationToken: ct)).Id;
            case OutboundKind.EditKeyboard:
                return (await bot.EditMessageReplyMarkup(chatId, targetMessageId!.Value,
                    Markup(message.Keyboard) as InlineKeyboardMarkup, cancellationToken: ct)).Id;
            case OutboundKind.Delete:
                await bot.DeleteMessage(chatId, targetMessageId!.Value, ct);
                return targetMessageId;
            case OutboundKind.Photo when message.FileContent is { } picture:
                await using (var stream = new MemoryStream(picture))
                {
                    return (await bot.SendPhoto(chatId, InputFile.FromStream(stream, message.FileName), message.Text, ParseMode.Html,
                        replyMarkup: Markup(message.Keyboard), cancellationToken: ct)).Id;
                }

            case OutboundKind.Photo:
                return (await bot.SendPhoto(chatId, InputFile.FromFileId(message.FileId!), message.Text, ParseMode.Html,
                    replyMarkup: Markup(message.Keyboard), cancellationToken: ct)).Id;
            case OutboundKind.Location:
                return (await bot.SendLocation(chatId, message.Latitude!.Value, message.Longitude!.Value,
                    replyMarkup: Markup(message.Keyboard), cancellationToken: ct)).Id;
            case OutboundKind.Album:
                var media = message.Album!.Select(i => new InputMediaPhoto(InputFile.FromFileId(i.FileId)) { Caption = i.Caption, ParseMode = ParseMode.Html });
                return (await bot.SendMediaGroup(chatId, media, cancellationToken: ct)).FirstOrDefault()?.Id;
            case OutboundKind.Document:
                await using (var stream = new MemoryStream(message.FileContent ?? []))
                {
                    return (await bot.SendDocument(chatId, InputFile.FromStream(stream, message.FileName), message.Text, ParseMode.Html, cancellationToken: ct)).Id;
                }

            default:
                throw new NotSupportedException($"Unknown outbound kind {message.Kind}");
        }
    }

    /// <summary>Kinds that act on an earlier message and need its id.</summary>
    public static bool NeedsTarget(OutboundKind kind) => kind is OutboundKind.EditText or OutboundKind.EditKeyboard or OutboundKind.Delete;

    private static ReplyMarkup? Markup(StoredKeyboard? keyboard) => keyboard?.Kind switch
    {
        null => null,
        KeyboardKind.Remove => new ReplyKeyboardRemove(),
        KeyboardKind.Inline => new InlineKeyboardMarkup(keyboard.Rows.Select(row => row.Select(b =>
            b.Url is not null ? InlineKeyboardButton.WithUrl(b.Label, b.Url) : InlineKeyboardButton.WithCallbackData(b.Label, b.Data!)))),
        KeyboardKind.Reply => new ReplyKeyboardMarkup(keyboard.Rows.Select(row => row.Select(b =>
            new KeyboardButton(b.Label) { RequestContact = b.Contact, RequestLocation = b.Location })))
        {
            ResizeKeyboard = true,
            OneTimeKeyboard = keyboard.OneTime,
        },
        _ => null,
    };
}
