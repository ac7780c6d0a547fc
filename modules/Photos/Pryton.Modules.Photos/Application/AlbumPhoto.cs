namespace Pryton.Modules.Photos.Application;

/// <summary>One photo of a game's album: a driver's hiding spot, or a find (<paramref name="DriverId"/> is whom the seeker found).</summary>
internal sealed record AlbumPhoto(bool IsFind, long UserId, long? DriverId, string FileId);
