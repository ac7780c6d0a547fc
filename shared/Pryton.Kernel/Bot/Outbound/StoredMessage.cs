namespace Pryton.Kernel.Bot.Outbound;

/// <summary>A rendered message as it is stored in <c>kernel.outbound.payload</c>: plain strings, ready to send.</summary>
internal sealed record StoredMessage
{
    public required OutboundKind Kind { get; init; }

    public string? Text { get; init; }

    public StoredKeyboard? Keyboard { get; init; }

    public int? MessageId { get; init; }

    public long? EditOf { get; init; }

    public string? FileId { get; init; }

    public List<StoredAlbumItem>? Album { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? FileName { get; init; }

    public byte[]? FileContent { get; init; }
}

internal sealed record StoredKeyboard(KeyboardKind Kind, List<List<StoredButton>> Rows, bool OneTime);

internal sealed record StoredButton(string Label, string? Data = null, string? Url = null, string? Command = null, bool Contact = false, bool Location = false);

internal sealed record StoredAlbumItem(string FileId, string? Caption);
