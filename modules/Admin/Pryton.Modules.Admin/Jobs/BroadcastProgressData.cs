namespace Pryton.Modules.Admin.Jobs;

internal sealed record BroadcastProgressData(long BroadcastId)
{
    public static string Key(long id) => $"admin.broadcast-progress.{id}";
}
