using Pryton.Kernel.Database;

namespace Pryton.Modules.Photos.Application;

/// <summary>
/// <c>photos.photos</c>: hiding-spot photos (accepted as they come) and found-car claims (pending until decided). A
/// decision is a guarded UPDATE on a pending row, so of two admins tapping at once exactly one decides.
/// </summary>
internal sealed class PhotoStore(DbSession session, TimeProvider clock)
{
    public Task<long> AddHidingPhotoAsync(long gameId, long driverId, string fileId, string? uniqueId,
        (double Latitude, double Longitude, DateTimeOffset At)? position, CancellationToken ct) => session.ScalarAsync<long>("""
        INSERT INTO photos.photos (game_id, user_id, kind, file_id, file_unique_id, status, created_at, decided_at, latitude, longitude)
        VALUES (@g, @u, 'hiding_spot', @file, @unique, 'approved', @now, @now, @lat, @lon) RETURNING id
        """, ct, ("g", gameId), ("u", driverId), ("file", fileId), ("unique", (object?)uniqueId ?? DBNull.Value), ("now", clock.GetUtcNow()),
        ("lat", (object?)position?.Latitude ?? DBNull.Value), ("lon", (object?)position?.Longitude ?? DBNull.Value));

    public Task<string?> HidingPhotoAsync(long gameId, long driverId, CancellationToken ct) => session.ScalarAsync<string?>("""
        SELECT file_id FROM photos.photos WHERE game_id = @g AND user_id = @u AND kind = 'hiding_spot' AND file_id IS NOT NULL
        ORDER BY id DESC LIMIT 1
        """, ct, ("g", gameId), ("u", driverId));

    /// <returns>The new claim's id, or null when the seeker already has an undecided claim for this driver.</returns>
    public async Task<long?> AddClaimAsync(long gameId, long seekerId, long driverId, string fileId, string? uniqueId, string verdict, CancellationToken ct)
    {
        var id = await session.ScalarAsync<object?>("""
            INSERT INTO photos.photos (game_id, user_id, kind, file_id, file_unique_id, status, created_at, claimed_driver_id, verdict, announced_at)
            VALUES (@g, @u, 'found_car', @file, @unique, 'pending', @now, @driver, @verdict, @now)
            ON CONFLICT (game_id, user_id, claimed_driver_id) WHERE status = 'pending' AND kind = 'found_car' DO NOTHING
            RETURNING id
            """, ct, ("g", gameId), ("u", seekerId), ("driver", driverId), ("file", fileId), ("unique", (object?)uniqueId ?? DBNull.Value),
            ("verdict", verdict), ("now", clock.GetUtcNow()));
        return id is long value ? value : null;
    }

    public async Task<Claim?> ClaimAsync(long claimId, CancellationToken ct) => await ClaimsAsync("id = @id", ct, ("id", claimId)) is [var claim] ? claim : null;

    public Task<IReadOnlyList<Claim>> PendingClaimsAsync(CancellationToken ct) => ClaimsAsync("status = 'pending'", ct);

    public Task<IReadOnlyList<Claim>> PendingClaimsAsync(long gameId, CancellationToken ct) =>
        ClaimsAsync("status = 'pending' AND game_id = @g", ct, ("g", gameId));

    /// <summary>A cancelled game's undecided claims are closed: nothing is left to decide.</summary>
    public Task<int> CloseClaimsAsync(long gameId, string reason, CancellationToken ct) => session.ExecuteAsync("""
        UPDATE photos.photos SET status = 'rejected', decided_at = @now, reject_reason = @reason
        WHERE game_id = @g AND kind = 'found_car' AND status = 'pending'
        """, ct, ("g", gameId), ("now", clock.GetUtcNow()), ("reason", reason));

    /// <summary>
    /// The game's album: each driver's last hiding photo and every approved find, in the order they were taken.
    /// </summary>
    public async Task<IReadOnlyList<AlbumPhoto>> AlbumAsync(long gameId, CancellationToken ct)
    {
        await using var command = session.Command("""
            SELECT kind, user_id, claimed_driver_id, file_id, created_at FROM (
                SELECT DISTINCT ON (user_id) id, kind, user_id, claimed_driver_id, file_id, created_at FROM photos.photos
                WHERE game_id = @g AND kind = 'hiding_spot' AND file_id IS NOT NULL ORDER BY user_id, id DESC) hiding
            UNION ALL
            SELECT kind, user_id, claimed_driver_id, file_id, created_at FROM (
                SELECT id, kind, user_id, claimed_driver_id, file_id, created_at FROM photos.photos
                WHERE game_id = @g AND kind = 'found_car' AND status = 'approved' AND file_id IS NOT NULL) finds
            ORDER BY kind DESC, created_at -- where they hid, then the finds as they came
            """);
        command.Parameters.AddWithValue("g", gameId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var photos = new List<AlbumPhoto>();
        while (await reader.ReadAsync(ct))
        {
            photos.Add(new AlbumPhoto(reader.GetString(0) == "found_car", reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetString(3)));
        }

        return photos;
    }

    /// <param name="decidedBy">The admin or driver who decided; null when the bot approved by itself.</param>
    /// <returns>True for the one call that decided; false when the claim was already decided.</returns>
    public async Task<bool> DecideAsync(long claimId, bool approve, long? decidedBy, string? reason, CancellationToken ct) =>
        await session.ExecuteAsync("""
            UPDATE photos.photos SET status = @status, decided_at = @now, decided_by = @by, reject_reason = @reason
            WHERE id = @id AND status = 'pending'
            """, ct, ("id", claimId), ("status", approve ? "approved" : "rejected"), ("now", clock.GetUtcNow()), ("by", (object?)decidedBy ?? DBNull.Value),
            ("reason", (object?)reason ?? DBNull.Value)) == 1;

    public async Task<bool> RecordDriverAnswerAsync(long claimId, bool yes, CancellationToken ct) =>
        await session.ExecuteAsync("UPDATE photos.photos SET driver_answer = @answer WHERE id = @id AND status = 'pending' AND driver_answer IS NULL",
            ct, ("id", claimId), ("answer", yes ? "yes" : "no")) == 1;

    private async Task<IReadOnlyList<Claim>> ClaimsAsync(string where, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = session.Command($"""
            SELECT id, game_id, user_id, claimed_driver_id, coalesce(file_id, ''), status, coalesce(verdict, 'unknown'), driver_answer, decided_by, created_at
            FROM photos.photos WHERE kind = 'found_car' AND {where} ORDER BY id
            """);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var claims = new List<Claim>();
        while (await reader.ReadAsync(ct))
        {
            claims.Add(new Claim(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetInt64(8),
                reader.GetFieldValue<DateTimeOffset>(9)));
        }

        return claims;
    }
}
