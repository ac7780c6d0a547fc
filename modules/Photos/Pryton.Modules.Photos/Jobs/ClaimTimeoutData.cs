namespace Pryton.Modules.Photos.Jobs;

/// <param name="Round">How many times this claim has come due: admins are reminded up to <see cref="MaxRounds"/> times.</param>
internal sealed record ClaimTimeoutData(long ClaimId, int Round)
{
    public const int MaxRounds = 3;

    public static string Key(long claimId) => $"photos.claim-timeout.{claimId}";

    public static string Scope(long gameId) => $"photos.game.{gameId}";
}
