using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>Turns a module's message (text references) into the stored form in one language.</summary>
internal sealed class MessageRenderer(TextCatalog texts)
{
    public StoredMessage Render(OutboundMessage message, string language) => new()
    {
        Kind = message.Kind,
        Text = message.Text is null ? null : texts.Render(message.Text, language),
        Keyboard = message.Keyboard is null ? null : Render(message.Keyboard, language),
        MessageId = message.Target?.MessageId,
        EditOf = message.Target?.OutboundId,
        FileId = message.FileId,
        Album = message.Album?.Select(i => new StoredAlbumItem(i.FileId, i.Caption is null ? null : texts.Render(i.Caption, language))).ToList(),
        Latitude = message.Latitude,
        Longitude = message.Longitude,
        FileName = message.FileName,
        FileContent = message.FileContent,
    };

    private StoredKeyboard Render(Keyboard keyboard, string language) => new(
        keyboard.Kind,
        keyboard.Rows.Select(row => row.Select(b => new StoredButton(
            texts.Render(b.Label, language), b.CallbackData, b.Url, b.Command, b.RequestContact, b.RequestLocation)).ToList()).ToList(),
        keyboard.OneTime);
}
