namespace Pryton.Contracts.Photos;

/// <summary>
/// The Photos module's public entry point for a button another module shows (the admin panel's "claims to decide"):
/// callback data <c>photos:queue</c> sends the moderation queue, as <c>/moderation</c> does.
/// </summary>
public static class PhotoScreens
{
    public const string Module = "photos";

    public const string QueueAction = "queue";
}
