namespace Pryton.Modules.Photos.Bot.Flows;

/// <summary>A found-car claim being put together: whom (a hidden driver) and the photo, in either order.</summary>
internal sealed record ClaimDraft(long GameId, long? DriverId = null, string? FileId = null, string? FileUniqueId = null);
