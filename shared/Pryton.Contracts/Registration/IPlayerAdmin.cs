namespace Pryton.Contracts.Registration;

/// <summary>The organisers' tools over players, implemented by the Registration module.</summary>
public interface IPlayerAdmin
{
    /// <summary>By part of the name, the @username, the phone's digits or the Telegram id; best matches first.</summary>
    Task<IReadOnlyList<PlayerSummary>> SearchAsync(string query, int take, CancellationToken ct);

    /// <summary>A ban publishes <see cref="PlayerBanned"/> (Games takes the player out of the games not yet started).</summary>
    /// <returns>False when the player does not exist or already is as asked.</returns>
    Task<bool> SetBannedAsync(long userId, bool banned, long adminId, CancellationToken ct);
}
