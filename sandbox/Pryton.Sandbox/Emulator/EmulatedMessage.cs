using System.Text.Json.Nodes;

namespace Pryton.Sandbox.Emulator;

/// <summary>
/// A message in an emulated chat, from the bot or from a user, as Telegram would hold it: its current text (after
/// edits), its keyboard, and its media. <see cref="Json"/> is the Bot API shape.
/// </summary>
public sealed class EmulatedMessage
{
    public required int MessageId { get; init; }

    public required long ChatId { get; init; }

    public required bool FromBot { get; init; }

    public required DateTimeOffset Date { get; init; }

    public string? Text { get; set; }

    /// <summary>The text (or caption) as the bot sent it, in Telegram HTML; null for users' messages.</summary>
    public string? Html { get; set; }

    /// <summary>The <c>reply_markup</c> as sent: inline_keyboard, keyboard or remove_keyboard.</summary>
    public JsonObject? ReplyMarkup { get; set; }

    public string? PhotoFileId { get; set; }

    public (double Latitude, double Longitude)? Location { get; set; }

    public string? DocumentName { get; set; }

    public byte[]? DocumentContent { get; set; }

    public bool Deleted { get; set; }

    public int EditCount { get; set; }

    /// <summary>The Bot API JSON of the message itself (for user messages, what goes into an update).</summary>
    public JsonObject Json { get; set; } = [];

    /// <summary>Labels and data of inline buttons, row by row.</summary>
    public IEnumerable<(string Label, string? Data, string? Url)> InlineButtons =>
        ReplyMarkup?["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>())
                .Select(b => ((string?)b["text"] ?? string.Empty, (string?)b["callback_data"], (string?)b["url"]))
            : [];

    /// <summary>Labels and request flags of reply-keyboard buttons.</summary>
    public IEnumerable<(string Label, bool Contact, bool Location)> ReplyButtons =>
        ReplyMarkup?["keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>())
                .Select(b => ((string?)b["text"] ?? string.Empty, (bool?)b["request_contact"] ?? false, (bool?)b["request_location"] ?? false))
            : [];

    public override string ToString() => $"#{MessageId} {(FromBot ? "bot" : "user")}: {Text ?? PhotoFileId ?? Location?.ToString() ?? DocumentName}";
}
