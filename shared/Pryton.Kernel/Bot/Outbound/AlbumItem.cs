using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>One photo of an album (sendMediaGroup), by Telegram file id, with an optional caption.</summary>
public sealed record AlbumItem(string FileId, TextRef? Caption = null);
