using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>
/// Something the bot will send, with texts still as references: they are rendered in the recipient's language when
/// the message is queued. Build one with the factory methods.
/// </summary>
public sealed record OutboundMessage
{
    private OutboundMessage(OutboundKind kind) => Kind = kind;

    public OutboundKind Kind { get; }

    public TextRef? Text { get; private init; }

    public Keyboard? Keyboard { get; private init; }

    public MessageTarget? Target { get; private init; }

    public string? FileId { get; private init; }

    public IReadOnlyList<AlbumItem>? Album { get; private init; }

    public double? Latitude { get; private init; }

    public double? Longitude { get; private init; }

    public string? FileName { get; private init; }

    public byte[]? FileContent { get; private init; }

    public static OutboundMessage Of(TextRef text, Keyboard? keyboard = null) =>
        new(OutboundKind.Text) { Text = text, Keyboard = keyboard };

    public static OutboundMessage EditText(MessageTarget target, TextRef text, Keyboard? inlineKeyboard = null) =>
        new(OutboundKind.EditText) { Target = target, Text = text, Keyboard = inlineKeyboard };

    public static OutboundMessage EditKeyboard(MessageTarget target, Keyboard? inlineKeyboard) =>
        new(OutboundKind.EditKeyboard) { Target = target, Keyboard = inlineKeyboard };

    public static OutboundMessage Delete(MessageTarget target) => new(OutboundKind.Delete) { Target = target };

    public static OutboundMessage Photo(string fileId, TextRef? caption = null, Keyboard? keyboard = null) =>
        new(OutboundKind.Photo) { FileId = fileId, Text = caption, Keyboard = keyboard };

    /// <summary>A picture the bot made (a map, a chart), uploaded with the message.</summary>
    public static OutboundMessage PhotoUpload(string fileName, byte[] content, TextRef? caption = null, Keyboard? keyboard = null) =>
        new(OutboundKind.Photo) { FileName = fileName, FileContent = content, Text = caption, Keyboard = keyboard };

    public static OutboundMessage Location(double latitude, double longitude, Keyboard? keyboard = null) =>
        new(OutboundKind.Location) { Latitude = latitude, Longitude = longitude, Keyboard = keyboard };

    /// <summary>2–10 photos (Telegram's limits); larger sets are split by the caller, a single photo is sent as a photo.</summary>
    public static OutboundMessage AlbumOf(IReadOnlyList<AlbumItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count is < 2 or > 10)
        {
            throw new ArgumentException("An album holds 2 to 10 photos.", nameof(items));
        }

        return new OutboundMessage(OutboundKind.Album) { Album = items };
    }

    public static OutboundMessage Document(string fileName, byte[] content, TextRef? caption = null) =>
        new(OutboundKind.Document) { FileName = fileName, FileContent = content, Text = caption };
}
